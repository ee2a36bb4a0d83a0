# Regenerates hac_sandwich.json, the R peer fixture of sbcorr.OLSHAC
# (run from sbcorr/testdata with `Rscript gen_hac.R` after gen_hac.py).
# Every option of sandwich::NeweyWest is named: lag = L (no automatic
# bandwidth), prewhite = FALSE (its default TRUE prewhitens with a VAR(1)),
# adjust = TRUE/FALSE (n/(n-k) small-sample factor; default FALSE),
# sandwich = TRUE (full bread-meat-bread covariance).
library(sandwich)
d <- read.csv("hac_data.csv")
fit <- lm(y ~ x1 + x2, data = d)
cases <- list()
for (lag in c(0, 4, 12)) {
  for (adj in c(TRUE, FALSE)) {
    V <- NeweyWest(fit, lag = lag, prewhite = FALSE, adjust = adj, sandwich = TRUE)
    se <- sqrt(diag(V))
    cases[[length(cases) + 1]] <- sprintf(
      '{"lag": %d, "small_sample": %s, "coef": [%s], "se": [%s], "r2": %.17g}',
      lag, tolower(as.character(adj)),
      paste(sprintf("%.17g", coef(fit)), collapse = ", "),
      paste(sprintf("%.17g", se), collapse = ", "),
      summary(fit)$r.squared)
  }
}
src <- sprintf("R %s sandwich %s NeweyWest(fit, lag = lag, prewhite = FALSE, adjust = small_sample)",
               getRversion(), packageVersion("sandwich"))
writeLines(sprintf('{"source": "%s",\n "cases": [\n%s]}', src, paste(cases, collapse = ",\n")),
           "hac_sandwich.json")
