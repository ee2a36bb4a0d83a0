# sbcorr in a container: the same setup script as CI, then a Jupyter server
# on the notebooks. Build and run (see README.md):
#   docker build -t sbcorr .
#   docker run --rm -p 8888:8888 -v /path/to/data:/data -e SBCORR_DATA=/data sbcorr
FROM golang:1.26-bookworm

WORKDIR /sbcorr
# go.mod pins GoNB and goimports; setup.sh installs them and Jupyter.
COPY go.mod go.sum ./
COPY scripts/setup.sh scripts/setup.sh
RUN bash scripts/setup.sh
COPY . .
RUN go build ./...

ENV PATH=/go/bin:$PATH
EXPOSE 8888
CMD ["make", "lab", "IP=0.0.0.0", "PORT=8888"]
