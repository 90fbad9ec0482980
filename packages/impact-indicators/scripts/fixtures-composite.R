# Golden cases for normalize() and compositeIndex(). COINr (the JRC's composite
# indicator package) is not in Debian, so this script recomputes COINr's definitions
# with base R, one line each, as read from COINr's source (R/normalise.R and
# R/aggregate.R: n_minmax, n_zscore, n_rank, n_prank, n_dist2ref, n_dist2targ,
# n_goalposts, a_amean, a_gmean, a_hmean). It is an independent computation, not a
# run of COINr itself. Run from packages/impact-indicators:
#   Rscript scripts/fixtures-composite.R
# It writes src/__fixtures__/composite.json. Needs r-cran-jsonlite.
suppressPackageStartupMessages(library(jsonlite))

set.seed(20261126)

# COINr's Normalise.numeric multiplies by the direction before normalising.
oriented <- function(x, direction) x * direction

minmax <- function(x, l_u) {
  (x - min(x, na.rm = TRUE)) / (max(x, na.rm = TRUE) - min(x, na.rm = TRUE)) *
    (l_u[2] - l_u[1]) + l_u[1]
}
zscore <- function(x, m_sd) {
  (x - mean(x, na.rm = TRUE)) / stats::sd(x, na.rm = TRUE) * m_sd[2] + m_sd[1]
}
min_rank <- function(x) rank(x, ties.method = "min", na.last = "keep")
percent_rank <- function(x) (min_rank(x) - 1) / (sum(!is.na(x)) - 1)
dist_to_value <- function(x, ref, cap) {
  y <- 1 - (ref - x) / (ref - min(x, na.rm = TRUE))
  if (cap) y[!is.na(y) & y > 1] <- 1
  y
}
goalposts <- function(x, gposts, direction, clamp) {
  # x arrives multiplied by the direction, so the goalposts are too (as COINr).
  if (direction == -1) {
    g <- -gposts
    y <- (x - g[2]) / (g[1] - g[2])
  } else {
    y <- (x - gposts[1]) / (gposts[2] - gposts[1])
  }
  if (clamp) {
    y[!is.na(y) & y > 1] <- 1
    y[!is.na(y) & y < 0] <- 0
  }
  y * gposts[3]
}

# An indicator with missing values and ties.
x <- round(rnorm(40, mean = 50, sd = 15), 0)
x[c(3, 17, 29)] <- NA

normalize_cases <- list()
add_normalize <- function(name, options, expected) {
  normalize_cases[[length(normalize_cases) + 1]] <<- list(
    name = name, values = x, options = options, expected = expected
  )
}
for (direction in c(1, -1)) {
  xd <- oriented(x, direction)
  suffix <- if (direction == 1) "" else ", direction -1"
  add_normalize(paste0("min-max [0, 100]", suffix),
                list(method = "min-max", direction = direction), minmax(xd, c(0, 100)))
  add_normalize(paste0("min-max [1, 10]", suffix),
                list(method = "min-max", range = c(1, 10), direction = direction),
                minmax(xd, c(1, 10)))
  add_normalize(paste0("z-score", suffix),
                list(method = "z-score", direction = direction), zscore(xd, c(0, 1)))
  add_normalize(paste0("z-score mean 100 sd 15", suffix),
                list(method = "z-score", mean = 100, sd = 15, direction = direction),
                zscore(xd, c(100, 15)))
  add_normalize(paste0("rank", suffix),
                list(method = "rank", direction = direction), min_rank(xd))
  add_normalize(paste0("percent-rank", suffix),
                list(method = "percent-rank", direction = direction), percent_rank(xd))
  for (cap in c(FALSE, TRUE)) {
    # Unit 10 (index 9 from 0) as the reference, as COINr n_dist2ref(x, iref = 10).
    add_normalize(paste0("distance-to-reference index", suffix, if (cap) ", capped" else ""),
                  list(method = "distance-to-reference", reference = list(index = 9),
                       cap = cap, direction = direction),
                  dist_to_value(xd, xd[10], cap))
    # An external target on the input scale; negated with the values (n_dist2targ).
    add_normalize(paste0("distance-to-reference value", suffix, if (cap) ", capped" else ""),
                  list(method = "distance-to-reference", reference = list(value = 60),
                       cap = cap, direction = direction),
                  dist_to_value(xd, direction * 60, cap))
  }
  for (clamp in c(TRUE, FALSE)) {
    add_normalize(paste0("goalposts [30, 70] scale 100", suffix, if (clamp) "" else ", unclamped"),
                  list(method = "goalposts", lower = 30, upper = 70, scale = 100,
                       clamp = clamp, direction = direction),
                  goalposts(xd, c(30, 70, 100), direction, clamp))
  }
}

weighted_mean <- function(x, w) {
  keep <- !is.na(x)
  if (!any(keep)) return(NA)
  w <- w[keep] / sum(w[keep])
  sum(w * x[keep])
}
geometric_mean <- function(x, w) {
  if (all(is.na(x))) return(NA)
  w[is.na(x)] <- NA
  exp(sum(w * log(x), na.rm = TRUE) / sum(w, na.rm = TRUE))
}
harmonic_mean <- function(x, w) {
  if (all(is.na(x))) return(NA)
  w[is.na(x)] <- NA
  sum(w, na.rm = TRUE) / sum(w / x, na.rm = TRUE)
}

components <- c("innovation", "performance", "confiance", "engagement")
rows <- matrix(round(runif(30 * 4, 1, 100), 3), ncol = 4, dimnames = list(NULL, components))
rows[cbind(c(2, 5, 5, 11, 20, 20, 20), c(1, 2, 4, 3, 1, 2, 3))] <- NA
rows[26, ] <- NA
weights <- c(innovation = 1, performance = 2, confiance = 1, engagement = 0.5)

aggregate_case <- function(name, f, aggregation, w) {
  list(
    name = name,
    aggregation = aggregation,
    weights = if (is.null(w)) NULL else as.list(w),
    expected = apply(rows, 1, function(r) f(r, if (is.null(w)) rep(1, 4) else w))
  )
}
aggregate_cases <- list(
  aggregate_case("arithmetic, equal weights", weighted_mean, "arithmetic", NULL),
  aggregate_case("arithmetic, weighted", weighted_mean, "arithmetic", weights),
  aggregate_case("geometric, equal weights", geometric_mean, "geometric", NULL),
  aggregate_case("geometric, weighted", geometric_mean, "geometric", weights),
  aggregate_case("harmonic, equal weights", harmonic_mean, "harmonic", NULL),
  aggregate_case("harmonic, weighted", harmonic_mean, "harmonic", weights)
)

fixtures <- list(
  generator = "scripts/fixtures-composite.R",
  reference = "base R transcription of COINr's n_* and a_* definitions (COINr is not run)",
  R = R.version.string,
  seed = 20261126,
  normalize = normalize_cases,
  compositeIndex = list(
    components = components,
    rows = unname(lapply(seq_len(nrow(rows)), function(i) as.list(rows[i, ]))),
    cases = aggregate_cases
  )
)

write_json(fixtures, "src/__fixtures__/composite.json",
           auto_unbox = TRUE, digits = NA, na = "null", null = "null", pretty = FALSE)
cat("wrote src/__fixtures__/composite.json\n")
