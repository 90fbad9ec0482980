#!/usr/bin/env Rscript
# Reference values of @observatoire/impact-indicators from R's survey package (Lumley).
#
# Writes src/__fixtures__/survey.json: weighted proportions (svymean + svyciprop, methods logit,
# mean, beta, asin, several levels, the design's df and df = Inf) and domain estimates (svyby for
# the estimate and SE, svyciprop on subset() for the intervals), for the design
# svydesign(ids = ~1, weights = ~w). Random cases with a fixed seed plus edge cases (0 or n
# successes, two respondents, one respondent in a domain, very unequal and zero weights) and the
# golden values of INDICATORS.md. The tests read this file; CI needs no R.
#
# Regenerate (Debian: apt-get install r-base-core r-cran-survey r-cran-jsonlite) from the
# package folder:
#   Rscript scripts/fixtures-survey.R
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})

seed <- 20191001
set.seed(seed)
levels_ <- c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999)
methods <- c("logit", "mean", "beta", "asin")
num <- function(x) if (is.finite(x)) unname(x) else NULL

interval <- function(design, method, level, df) {
  ci <- suppressWarnings(
    if (is.null(df)) svyciprop(~y, design, method = method, level = level)
    else svyciprop(~y, design, method = method, level = level, df = df)
  )
  bounds <- as.vector(attr(ci, "ci"))
  out <- list(method = method, level = level, df = if (is.null(df)) NULL else if (is.finite(df)) df else "Infinity",
              lower = num(bounds[1]), upper = num(bounds[2]))
  if (method == "asin") {
    # The transformed interval R back-transforms with sin^2 (it wraps round outside [0, pi/2]).
    m <- svymean(~y, design)
    xf <- suppressWarnings(svycontrast(m, quote(asin(sqrt(y)))))
    use_df <- if (is.null(df)) degf(design) else df
    tb <- suppressWarnings(as.vector(confint(xf, 1, level = level, df = use_df)))
    out$transformedLower <- num(tb[1])
    out$transformedUpper <- num(tb[2])
  }
  out
}

weights_of <- function(n, kind) {
  switch(kind,
    equal = rep(1, n),
    moderate = round(exp(rnorm(n, 0, 0.4)), 4),
    unequal = ifelse(runif(n) < 0.1, round(runif(n, 20, 200), 3), round(runif(n, 0.05, 2), 3)),
    zeros = { w <- round(runif(n, 0.2, 3), 3); w[sample(n, max(1, n %/% 10))] <- 0; w }
  )
}

# One sample in five is all 0 or all 1 (p = 0 or 1, where R's asin and beta give NaN).
values_of <- function(n) {
  r <- runif(1)
  if (r < 0.1) rep(0, n) else if (r < 0.2) rep(1, n) else rbinom(n, 1, runif(1, 0.02, 0.98))
}

one_case <- function(y, w, levels_here) {
  d <- data.frame(y = y, w = w)
  des <- svydesign(ids = ~1, weights = ~w, data = d)
  m <- svymean(~y, des)
  ints <- list()
  for (level in levels_here) for (method in methods) {
    ints[[length(ints) + 1]] <- interval(des, method, level, NULL)
    if (method %in% c("logit", "mean", "asin")) ints[[length(ints) + 1]] <- interval(des, method, level, Inf)
  }
  list(values = y, weights = w, estimate = unname(coef(m)), standardError = as.vector(SE(m)),
       degf = degf(des), intervals = ints)
}

proportions <- list()
y74 <- c(rep(1, 74), rep(0, 26))
proportions[[1]] <- c(list(name = "golden A"), one_case(y74, rep(1, 100), c(0.95, 0.9)))
proportions[[2]] <- c(list(name = "golden B"), one_case(
  c(1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1),
  c(.8, 1.2, 1.5, .6, 2, 1, .9, 1.1, 1.4, .7, 1.3, .5), c(0.95, 0.99)))
proportions[[3]] <- c(list(name = "two respondents"), one_case(c(1, 0), c(1, 3), 0.95))
proportions[[4]] <- c(list(name = "all zero"), one_case(rep(0, 20), round(runif(20, 0.5, 2), 3), 0.95))
proportions[[5]] <- c(list(name = "all one"), one_case(rep(1, 15), round(runif(15, 0.5, 2), 3), 0.9))
proportions[[6]] <- c(list(name = "one success, very unequal"), one_case(c(1, rep(0, 49)), c(500, runif(49, 0.1, 1)), 0.95))
for (i in seq_len(120)) {
  n <- sample(c(2:5, 10, 30, 100, 500, 2000), 1)
  kind <- sample(c("equal", "moderate", "unequal", "zeros"), 1)
  if (kind == "zeros" && n < 4) kind <- "moderate"
  w <- weights_of(n, kind)
  y <- values_of(n)
  if (sum(w[y == 1]) + sum(w[y == 0]) == 0) next
  proportions[[length(proportions) + 1]] <- c(list(name = paste("random", i, kind)),
    one_case(y, w, sample(levels_, 1)))
}

domain_case <- function(y, w, g, level) {
  d <- data.frame(y = y, w = w, g = g)
  des <- svydesign(ids = ~1, weights = ~w, data = d)
  by <- svyby(~y, ~g, des, svymean)
  groups <- list()
  for (k in unique(g)) {
    sub <- subset(des, g == k)
    ints <- list()
    for (method in methods) {
      if (degf(sub) > 0) ints[[length(ints) + 1]] <- interval(sub, method, level, NULL)
      if (method != "beta") ints[[length(ints) + 1]] <- interval(sub, method, level, Inf)
    }
    row <- which(as.character(by$g) == as.character(k))
    groups[[length(groups) + 1]] <- list(group = k, estimate = unname(by$y[row]),
      standardError = unname(by$se[row]), rows = sum(g == k), degf = degf(sub),
      nrow = nrow(sub), intervals = ints)
  }
  list(values = y, weights = w, groups = g, level = level, domains = groups)
}

domains <- list()
domains[[1]] <- c(list(name = "one respondent in a domain"), domain_case(
  c(1, 0, 1, 1, 0, 1, 0, 1, 1), c(1, 2, 1, 1.5, 1, 2, 0.5, 1, 3),
  c("a", "a", "b", "a", "b", "b", "a", "c", "b"), 0.95))
for (i in seq_len(40)) {
  n <- sample(c(20, 50, 200, 1000), 1)
  kind <- sample(c("equal", "moderate", "unequal", "zeros"), 1)
  w <- weights_of(n, kind)
  k <- sample(2:6, 1)
  g <- sample(seq_len(k), n, replace = TRUE, prob = runif(k, 0.2, 1))
  if (runif(1) < 0.3) g <- paste0("g", g)
  y <- rbinom(n, 1, runif(1, 0.05, 0.95))
  # a domain all 0 or all 1 now and then
  if (runif(1) < 0.3) y[g == g[1]] <- rbinom(1, 1, 0.5)
  ok <- all(tapply(w, g, sum) > 0)
  if (!ok) next
  domains[[length(domains) + 1]] <- c(list(name = paste("random", i, kind)),
    domain_case(y, w, g, sample(levels_, 1)))
}

fixture <- list(
  generator = "scripts/fixtures-survey.R",
  versions = list(R = paste(R.version$major, R.version$minor, sep = "."),
                  survey = as.character(packageVersion("survey")),
                  jsonlite = as.character(packageVersion("jsonlite"))),
  seed = seed,
  design = "svydesign(ids = ~1, weights = ~w)",
  surveyProportion = proportions,
  domainProportions = domains
)
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
target <- file.path(dirname(here), "src", "__fixtures__", "survey.json")
writeLines(toJSON(fixture, auto_unbox = TRUE, digits = NA, null = "null", na = "null"), target)
message("wrote ", target, ": ", length(proportions), " samples, ", length(domains), " domain samples")
