# sbcorr in a container: the same setup script as CI, then a Jupyter server on
# the notebooks, run by an unprivileged user (GoNB runs every cell's code).
# Build and run (see README.md; the port is published on the host's loopback
# only, the server still asks for its token):
#   docker build -t sbcorr .
#   docker run --rm -p 127.0.0.1:8888:8888 -v /path/to/data:/data:ro -e SBCORR_DATA=/data sbcorr
#
# The base image is pinned to the Go patch release that go.mod requires. Pin
# its digest as well (FROM golang:1.26.8-bookworm@sha256:...) where a registry
# is reachable: none was from the machine this file was written on, so the
# digest could not be looked up.
FROM golang:1.26.8-bookworm

# Debian's packages (Jupyter) need root; all the rest runs as the user. The
# golang image leaves GOPATH (/go) writable by every user.
COPY scripts/setup.sh /tmp/setup.sh
RUN bash /tmp/setup.sh --system && rm /tmp/setup.sh
RUN useradd --create-home --uid 1000 sbcorr && mkdir /sbcorr && chown sbcorr:sbcorr /sbcorr
USER sbcorr
WORKDIR /sbcorr
# go.mod pins GoNB and goimports; setup.sh installs them and registers the kernels.
COPY --chown=sbcorr:sbcorr go.mod go.sum ./
COPY --chown=sbcorr:sbcorr scripts/setup.sh scripts/sbcorr_kernel.py scripts/
RUN bash scripts/setup.sh
COPY --chown=sbcorr:sbcorr . .
RUN go build ./...

ENV PATH=/go/bin:$PATH
EXPOSE 8888
CMD ["make", "lab", "IP=0.0.0.0", "PORT=8888"]
