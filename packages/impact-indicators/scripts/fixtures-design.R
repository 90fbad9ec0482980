#!/usr/bin/env Rscript
# Reference values of @observatoire/impact-indicators for designs with strata, clusters and
# finite population corrections, from R's survey package (Lumley) on the datasets it ships.
#
# Writes two files that the tests read (CI needs no R):
# - src/__fixtures__/design-data.json: the columns of R survey's datasets used below (apiclus1,
#   apistrat, apiclus2, yrbs, nhanes), plus the 0/1 variables derived from them;
# - src/__fixtures__/design.json: for each design, svymean / svytotal (with deff = TRUE),
#   confint(df = degf), svyciprop (logit, mean, beta, asin; the design's df and df = Inf), for
#   the whole sample and per domain (subset(), which is what svyby does), with missing values
#   dropped as na.rm = TRUE does (rows kept in the design, as a domain).
#
# Provenance and licence of the data: the api datasets are extracts of the California
# Department of Education's Academic Performance Index, public data; yrbs is an extract of the
# US CDC Youth Risk Behavior Survey and nhanes of the US National Health and Nutrition
# Examination Survey, both public-domain US government data. All are distributed with the R
# package survey (Thomas Lumley, GPL-2 | GPL-3), from which this script reads them.
#
# Regenerate (Debian: apt-get install r-base-core r-cran-survey r-cran-jsonlite) from the
# package folder:
#   Rscript scripts/fixtures-design.R
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
data(api)
data(yrbs)
data(nhanes)

num <- function(x) if (length(x) == 1 && is.finite(x)) unname(as.vector(x)) else NULL
col <- function(x) { x <- as.vector(x); if (is.factor(x)) as.character(x) else x }

# The 0/1 and numeric variables the tests use, added as columns.
apiclus1$high <- as.numeric(apiclus1$api00 > 700)
apistrat$high <- as.numeric(apistrat$api00 > 700)
apiclus2$high <- as.numeric(apiclus2$api00 > 700)
apiclus2$avg_ed <- apiclus2$avg.ed
yrbs$qn8yes <- ifelse(is.na(yrbs$qn8), NA, as.numeric(yrbs$qn8 == 1))
nhanes$agecat <- as.character(nhanes$agecat)
# BRR and Fay need 2 PSUs per stratum: stratum 86 has 3, its third PSU is merged with its second.
nhanes$PSU2 <- pmin(nhanes$SDMVPSU, 2)
# Calibration margins as labels.
nhanes$race_s <- paste0("r", nhanes$race)
nhanes$sex_s <- ifelse(nhanes$RIAGENDR == 1, "m", "f")
apiclus1$sch.wide <- as.character(apiclus1$sch.wide)
apistrat$sch.wide <- as.character(apistrat$sch.wide)
# A stratum with a single district, to exercise the lonely PSU rules: districts sorted by number,
# the first 7 in stratum 1, the next 7 in stratum 2, the last one alone in stratum 3.
districts <- sort(unique(apiclus1$dnum))
apiclus1$lonely <- ifelse(apiclus1$dnum %in% districts[1:7], 1,
                          ifelse(apiclus1$dnum %in% districts[8:14], 2, 3))

datasets <- list(
  apiclus1 = apiclus1[, c("dnum", "pw", "fpc", "stype", "api00", "enroll", "high", "lonely",
                          "sch.wide")],
  apistrat = apistrat[, c("stype", "pw", "fpc", "awards", "api00", "enroll", "high", "sch.wide")],
  apiclus2 = apiclus2[, c("dnum", "pw", "fpc1", "stype", "api00", "enroll", "avg_ed", "high")],
  yrbs = yrbs[, c("stratum", "psu", "weight", "qn8yes")],
  nhanes = nhanes[, c("SDMVSTRA", "SDMVPSU", "WTMEC2YR", "HI_CHOL", "race", "agecat", "RIAGENDR", "PSU2",
                      "race_s", "sex_s")]
)

levels_ <- c(0.95, 0.9)
methods <- c("logit", "mean", "beta", "asin")

proportion_intervals <- function(design, variable, level) {
  f <- as.formula(paste0("~", variable))
  out <- list()
  for (method in methods) for (df in list(NULL, Inf)) {
    if (method == "beta" && !is.null(df)) next
    ci <- suppressWarnings(
      if (is.null(df)) svyciprop(f, design, method = method, level = level)
      else svyciprop(f, design, method = method, level = level, df = df)
    )
    b <- as.vector(attr(ci, "ci"))
    r <- list(method = method, level = level,
      df = if (is.null(df)) NULL else "Infinity", lower = num(b[1]), upper = num(b[2]))
    if (method == "asin") {
      # The transformed interval R back-transforms with sin^2 (it wraps round outside [0, pi/2]).
      m <- svymean(f, design)
      names(m) <- "p"
      xf <- suppressWarnings(svycontrast(m, quote(asin(sqrt(p)))))
      tb <- as.vector(confint(xf, 1, level = level, df = if (is.null(df)) degf(design) else df))
      r$transformedLower <- num(tb[1])
      r$transformedUpper <- num(tb[2])
    }
    out[[length(out) + 1]] <- r
  }
  out
}

stat_intervals <- function(stat, design, level) {
  d <- degf(design)
  lapply(list(d, Inf), function(df) {
    b <- as.vector(confint(stat, level = level, df = df))
    list(level = level, df = if (is.finite(df)) df else "Infinity", lower = b[1], upper = b[2])
  })
}

# One estimate on `sub`, a subset of the design (the whole design, a domain, the rows where the
# variable is known, or both).
one <- function(statistic, sub, variable, level) {
  f <- as.formula(paste0("~", variable))
  out <- list(rows = nrow(sub), positive = sum(weights(sub, "sampling") != 0), degf = degf(sub))
  if (statistic == "total") {
    s <- svytotal(f, sub, deff = TRUE)
    out$estimate <- unname(coef(s))
    out$standardError <- as.vector(SE(s))
    out$deff <- num(deff(s))
    out$intervals <- stat_intervals(s, sub, level)
  } else {
    s <- svymean(f, sub, deff = TRUE)
    out$estimate <- unname(coef(s))
    out$standardError <- as.vector(SE(s))
    out$deff <- num(deff(s))
    out$sumWeights <- sum(weights(sub, "sampling"))
    out$intervals <- if (statistic == "mean") stat_intervals(s, sub, level)
      else if (degf(sub) > 0) proportion_intervals(sub, variable, level) else list()
  }
  out
}

estimate <- function(design, data, statistic, variable, group = NULL, level = 0.95) {
  known <- !is.na(data[[variable]])
  res <- list()
  if (is.null(group)) {
    sub <- if (all(known)) design else design[known, ]
    res[[1]] <- one(statistic, sub, variable, level)
  } else {
    for (k in unique(data[[group]])) {
      keep <- data[[group]] == k & known
      r <- one(statistic, design[keep, ], variable, level)
      r$group <- col(k)
      res[[length(res) + 1]] <- r
    }
  }
  list(statistic = statistic, variable = variable, group = group,
       na = if (all(known)) NULL else "drop", level = level, results = res)
}

cases <- list()
add_case <- function(name, dataset, spec, design, estimates) {
  cases[[length(cases) + 1]] <<- list(name = name, dataset = dataset, design = spec,
    degf = degf(design), estimates = estimates)
}

for (lonely in c("fail", "remove", "adjust", "average", "certainty")) {
  options(survey.lonely.psu = lonely)
  if (lonely == "fail") {
    # apiclus1 as sampled: 15 districts with their population size (757 districts).
    d <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
    add_case("apiclus1, clusters and fpc", "apiclus1",
      list(weights = "pw", clusters = "dnum", fpc = "fpc"), d, list(
        estimate(d, apiclus1, "proportion", "high"),
        estimate(d, apiclus1, "proportion", "high", "stype", 0.9),
        estimate(d, apiclus1, "mean", "api00"),
        estimate(d, apiclus1, "total", "enroll"),
        estimate(d, apiclus1, "mean", "enroll", "stype"),
        estimate(d, apiclus1, "total", "api00", "stype", 0.9)))
    d <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
    add_case("apiclus1, clusters with replacement", "apiclus1",
      list(weights = "pw", clusters = "dnum"), d, list(
        estimate(d, apiclus1, "proportion", "high"),
        estimate(d, apiclus1, "mean", "api00", "stype"),
        estimate(d, apiclus1, "total", "enroll")))
    # apiclus1 with the sampling fraction as fpc (15 / 757), as R reads a number in (0, 1].
    frac <- apiclus1
    frac$fraction <- 15 / frac$fpc
    d <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fraction, data = frac)
    add_case("apiclus1, fpc as a fraction", "apiclus1",
      list(weights = "pw", clusters = "dnum", fpcFraction = "fpc", fractionPsus = 15), d, list(
        estimate(d, frac, "mean", "api00")))
    d <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
    add_case("apistrat, strata and fpc", "apistrat",
      list(weights = "pw", strata = "stype", fpc = "fpc"), d, list(
        estimate(d, apistrat, "proportion", "high"),
        estimate(d, apistrat, "proportion", "high", "awards"),
        estimate(d, apistrat, "mean", "api00"),
        estimate(d, apistrat, "mean", "api00", "awards", 0.9),
        estimate(d, apistrat, "total", "enroll"),
        estimate(d, apistrat, "total", "enroll", "awards")))
    d <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat)
    add_case("apistrat, strata without fpc", "apistrat",
      list(weights = "pw", strata = "stype"), d, list(
        estimate(d, apistrat, "proportion", "high"),
        estimate(d, apistrat, "mean", "api00", "awards")))
    d <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc1, data = apiclus2)
    add_case("apiclus2, first stage", "apiclus2",
      list(weights = "pw", clusters = "dnum", fpc = "fpc1"), d, list(
        estimate(d, apiclus2, "proportion", "high", "stype"),
        estimate(d, apiclus2, "mean", "avg_ed"),
        estimate(d, apiclus2, "total", "enroll"),
        estimate(d, apiclus2, "mean", "enroll", "stype")))
    d <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = yrbs)
    add_case("yrbs, strata and PSUs", "yrbs",
      list(weights = "weight", strata = "stratum", clusters = "psu"), d, list(
        estimate(d, yrbs, "proportion", "qn8yes"),
        estimate(d, yrbs, "mean", "qn8yes", NULL, 0.9),
        estimate(d, yrbs, "total", "qn8yes")))
    d <- svydesign(ids = ~SDMVPSU, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE,
                   data = nhanes)
    add_case("nhanes, strata and PSUs", "nhanes",
      list(weights = "WTMEC2YR", strata = "SDMVSTRA", clusters = "SDMVPSU"), d, list(
        estimate(d, nhanes, "proportion", "HI_CHOL"),
        estimate(d, nhanes, "proportion", "HI_CHOL", "agecat"),
        estimate(d, nhanes, "proportion", "HI_CHOL", "race"),
        estimate(d, nhanes, "mean", "HI_CHOL", "RIAGENDR"),
        estimate(d, nhanes, "total", "HI_CHOL", "race")))
  } else {
    d <- svydesign(ids = ~dnum, strata = ~lonely, weights = ~pw, nest = TRUE, data = apiclus1)
    add_case(paste("apiclus1, a lonely PSU,", lonely), "apiclus1",
      list(weights = "pw", strata = "lonely", clusters = "dnum", lonelyPsu = lonely), d, list(
        estimate(d, apiclus1, "proportion", "high"),
        estimate(d, apiclus1, "mean", "api00", "stype"),
        estimate(d, apiclus1, "total", "enroll")))
  }
}
options(survey.lonely.psu = "fail")

# Replicate weights. Two kinds of case:
# - replicateDesign: R's as.svrepdesign(design, type) (JK1, JKn), which the tests rebuild with
#   replicateDesign() from the same design;
# - weights: replicate weights as a producer publishes them (exported here from as.svrepdesign:
#   BRR, Fay, bootstrap, JKn with its rscales, "other"), stored compactly as one multiplier per
#   PSU and replicate (`factors`) and the PSU of each row (`index`, 1-based); the full weights
#   are pw * factor. R's results come from svrepdesign() on those full weights.
rep_cases <- list()
add_rep <- function(name, dataset, spec, replicate, design, estimates) {
  rep_cases[[length(rep_cases) + 1]] <<- list(name = name, dataset = dataset, design = spec,
    replicate = replicate, degf = degf(design), estimates = estimates)
}
published <- function(rep, data, type, ...) {
  w <- rep$repweights$weights[rep$repweights$index, , drop = FALSE] * rep$pweights
  svrepdesign(data = data, repweights = w, weights = rep$pweights, type = type,
              combined.weights = TRUE, ...)
}
factors_of <- function(rep) list(index = rep$repweights$index,
  factors = lapply(seq_len(ncol(rep$repweights$weights)), function(r) rep$repweights$weights[, r]))

d <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
r <- as.svrepdesign(d, type = "JK1")
add_rep("apiclus1 JK1 with fpc", "apiclus1", list(weights = "pw", clusters = "dnum", fpc = "fpc"),
  list(from = "replicateDesign", type = "JK1"), r, list(
    estimate(r, apiclus1, "proportion", "high"),
    estimate(r, apiclus1, "mean", "api00", "stype"),
    estimate(r, apiclus1, "total", "enroll")))
d <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
r <- as.svrepdesign(d, type = "JK1")
add_rep("apiclus1 JK1", "apiclus1", list(weights = "pw", clusters = "dnum"),
  list(from = "replicateDesign", type = "JK1"), r, list(
    estimate(r, apiclus1, "proportion", "high", "stype"),
    estimate(r, apiclus1, "mean", "api00")))
d <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
r <- as.svrepdesign(d, type = "JKn")
add_rep("apistrat JKn with fpc", "apistrat", list(weights = "pw", strata = "stype", fpc = "fpc"),
  list(from = "replicateDesign", type = "JKn"), r, list(
    estimate(r, apistrat, "proportion", "high"),
    estimate(r, apistrat, "mean", "api00", "awards"),
    estimate(r, apistrat, "total", "enroll")))
nh <- svydesign(ids = ~SDMVPSU, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE, data = nhanes)
r <- as.svrepdesign(nh, type = "JKn")
nh_spec <- list(weights = "WTMEC2YR", strata = "SDMVSTRA", clusters = "SDMVPSU")
add_rep("nhanes JKn", "nhanes", nh_spec, list(from = "replicateDesign", type = "JKn"), r, list(
  estimate(r, nhanes, "proportion", "HI_CHOL"),
  estimate(r, nhanes, "proportion", "HI_CHOL", "agecat"),
  estimate(r, nhanes, "total", "HI_CHOL", "race")))
p <- published(r, nhanes, "JKn", rscales = r$rscales)
add_rep("nhanes JKn, published weights", "nhanes", nh_spec,
  c(list(from = "weights", type = "JKn", rscales = r$rscales), factors_of(r)), p, list(
  estimate(p, nhanes, "proportion", "HI_CHOL", "agecat"),
  estimate(p, nhanes, "mean", "HI_CHOL", "RIAGENDR")))
p <- published(r, nhanes, "other", scale = 1, rscales = r$rscales, mse = TRUE)
add_rep("nhanes other, mse", "nhanes", nh_spec,
  c(list(from = "weights", type = "other", scale = 1, rscales = r$rscales, mse = TRUE),
    factors_of(r)), p, list(
  estimate(p, nhanes, "proportion", "HI_CHOL"),
  estimate(p, nhanes, "total", "HI_CHOL", "race")))
nh2 <- svydesign(ids = ~PSU2, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE, data = nhanes)
nh_spec <- list(weights = "WTMEC2YR", strata = "SDMVSTRA", clusters = "PSU2")
r <- as.svrepdesign(nh2, type = "BRR")
p <- published(r, nhanes, "BRR")
add_rep("nhanes BRR, published weights", "nhanes", nh_spec,
  c(list(from = "weights", type = "BRR"), factors_of(r)), p, list(
  estimate(p, nhanes, "proportion", "HI_CHOL"),
  estimate(p, nhanes, "proportion", "HI_CHOL", "race"),
  estimate(p, nhanes, "mean", "HI_CHOL", "agecat")))
r <- as.svrepdesign(nh2, type = "Fay", fay.rho = 0.3)
p <- published(r, nhanes, "Fay", rho = 0.3)
add_rep("nhanes Fay, published weights", "nhanes", nh_spec,
  c(list(from = "weights", type = "Fay", rho = 0.3), factors_of(r)), p, list(
  estimate(p, nhanes, "proportion", "HI_CHOL", "agecat"),
  estimate(p, nhanes, "total", "HI_CHOL")))
set.seed(20240614)
d <- svydesign(ids = ~dnum, weights = ~pw, data = apiclus1)
r <- as.svrepdesign(d, type = "bootstrap", replicates = 50)
p <- published(r, apiclus1, "bootstrap", scale = r$scale)
add_rep("apiclus1 bootstrap, published weights", "apiclus1", list(weights = "pw", clusters = "dnum"),
  c(list(from = "weights", type = "bootstrap", scale = r$scale), factors_of(r)), p, list(
  estimate(p, apiclus1, "proportion", "high"),
  estimate(p, apiclus1, "mean", "api00", "stype"),
  estimate(p, apiclus1, "total", "enroll")))
for (lonely in c("adjust", "remove", "average")) {
  options(survey.lonely.psu = lonely)
  d <- svydesign(ids = ~dnum, strata = ~lonely, weights = ~pw, nest = TRUE, data = apiclus1)
  r <- as.svrepdesign(d, type = "JKn")
  add_rep(paste("apiclus1 JKn, a lonely PSU,", lonely), "apiclus1",
    list(weights = "pw", strata = "lonely", clusters = "dnum", lonelyPsu = lonely),
    list(from = "replicateDesign", type = "JKn"), r, list(
      estimate(r, apiclus1, "mean", "api00"),
      estimate(r, apiclus1, "proportion", "high", "stype")))
}
options(survey.lonely.psu = "fail")

# Calibration (R calibrate, GREG) on the margins of rake, with R's convergence tightened
# (epsilon = 1e-12) so that the weights are R's to rounding; the estimates then carry R's
# calibration-adjusted standard errors.
cal_cases <- list()
margin_df <- function(variable, targets) {
  df <- data.frame(names(targets), as.numeric(targets))
  names(df) <- c(variable, "Freq")
  df
}
add_cal <- function(name, dataset, spec, margins, calfun, bounds, design, data, estimates_of) {
  formulas <- lapply(names(margins), function(v) as.formula(paste0("~", v)))
  pops <- mapply(margin_df, names(margins), margins, SIMPLIFY = FALSE)
  cal <- if (is.null(bounds)) calibrate(design, formulas, pops, calfun = calfun, epsilon = 1e-12)
    else calibrate(design, formulas, pops, calfun = calfun, bounds = bounds, epsilon = 1e-12,
                   maxit = 200)
  cal_cases[[length(cal_cases) + 1]] <<- list(name = name, dataset = dataset, design = spec,
    margins = lapply(names(margins), function(v) list(variable = v, targets = as.list(margins[[v]]))),
    calfun = calfun, bounds = bounds, weights = as.vector(weights(cal)), degf = degf(cal),
    estimates = estimates_of(cal))
}
api_margins <- list(stype = c(E = 4421, H = 755, M = 1018), sch.wide = c(No = 1072, Yes = 5122))
d <- svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
for (calfun in c("linear", "raking", "logit")) {
  add_cal(paste("apiclus1", calfun), "apiclus1", list(weights = "pw", clusters = "dnum", fpc = "fpc"),
    api_margins, calfun, if (calfun == "logit") c(0.7, 1.7) else NULL, d, apiclus1,
    function(cal) list(
      estimate(cal, apiclus1, "proportion", "high"),
      estimate(cal, apiclus1, "proportion", "high", "stype"),
      estimate(cal, apiclus1, "mean", "api00"),
      estimate(cal, apiclus1, "mean", "enroll", "stype"),
      estimate(cal, apiclus1, "total", "enroll")))
}
add_cal("apiclus1 linear, bounded", "apiclus1", list(weights = "pw", clusters = "dnum", fpc = "fpc"),
  api_margins, "linear", c(0.8, 1.65), d, apiclus1,
  function(cal) list(estimate(cal, apiclus1, "mean", "api00")))
d <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
add_cal("apistrat raking on awards", "apistrat", list(weights = "pw", strata = "stype", fpc = "fpc"),
  list(awards = c(No = 2027, Yes = 4167), sch.wide = c(No = 1072, Yes = 5122)), "raking", NULL, d,
  apistrat, function(cal) list(
    estimate(cal, apistrat, "proportion", "high", "awards"),
    estimate(cal, apistrat, "mean", "api00"),
    estimate(cal, apistrat, "total", "enroll", "awards")))
# A calibrated design keeps every row in its subsets (weights 0 outside), where R's svyciprop
# would meet the missing values: they are set to 0 in the design's copy of the data, and the
# rows where HI_CHOL is missing are still dropped (`known` is read from nhanes).
filled <- nhanes
filled$HI_CHOL[is.na(filled$HI_CHOL)] <- 0
d <- svydesign(ids = ~SDMVPSU, strata = ~SDMVSTRA, weights = ~WTMEC2YR, nest = TRUE, data = filled)
add_cal("nhanes linear on race and sex", "nhanes",
  list(weights = "WTMEC2YR", strata = "SDMVSTRA", clusters = "SDMVPSU"),
  list(race_s = c(r1 = 40e6, r2 = 170e6, r3 = 35e6, r4 = 15e6), sex_s = c(f = 133e6, m = 127e6)),
  "linear", NULL, d, nhanes, function(cal) list(
    estimate(cal, nhanes, "proportion", "HI_CHOL"),
    estimate(cal, nhanes, "proportion", "HI_CHOL", "agecat"),
    estimate(cal, nhanes, "total", "HI_CHOL")))

versions <- list(R = paste(R.version$major, R.version$minor, sep = "."),
                 survey = as.character(packageVersion("survey")),
                 jsonlite = as.character(packageVersion("jsonlite")))
here <- dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))))
fixtures <- file.path(dirname(here), "src", "__fixtures__")
data_out <- list(
  generator = "scripts/fixtures-design.R", versions = versions,
  licence = paste("Datasets of the R package survey (GPL-2 | GPL-3): the api data are public",
    "data of the California Department of Education (Academic Performance Index); yrbs (CDC",
    "Youth Risk Behavior Survey) and nhanes (National Health and Nutrition Examination Survey)",
    "are public-domain US government data."),
  datasets = lapply(datasets, function(df) lapply(df, col)))
writeLines(toJSON(data_out, auto_unbox = TRUE, digits = NA, null = "null", na = "null"),
           file.path(fixtures, "design-data.json"))
writeLines(toJSON(list(generator = "scripts/fixtures-design.R", versions = versions, cases = cases,
                       replicates = rep_cases, calibration = cal_cases),
                  auto_unbox = TRUE, digits = NA, null = "null", na = "null"),
           file.path(fixtures, "design.json"))
message("wrote design.json (", length(cases), " designs) and design-data.json")
