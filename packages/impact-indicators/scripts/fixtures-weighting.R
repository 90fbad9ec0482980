# Golden cases for rake(), postStratify() and trimWeights(), computed with R's survey
# package (Lumley). Run from packages/impact-indicators:
#   Rscript scripts/fixtures-weighting.R
# It writes src/__fixtures__/weighting.json. Needs r-cran-survey and r-cran-jsonlite.
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})

set.seed(20261126)

# Population totals for each category of a margin, summing to `total`.
random_targets <- function(levels, total) {
  shares <- runif(length(levels), 0.5, 2)
  stats::setNames(as.list(total * shares / sum(shares)), levels)
}

# Codes drawn so that every category has respondents and categories are correlated
# across margins (the case where raking needs several passes).
draw_codes <- function(n, levels, latent) {
  k <- length(levels)
  cut <- floor((latent + runif(n, 0, 1.2)) / 2.2 * k) + 1
  cut <- pmin(pmax(cut, 1), k)
  cut[seq_len(k)] <- seq_len(k)
  levels[cut]
}

survey_rake <- function(codes, weights, targets) {
  df <- as.data.frame(codes, stringsAsFactors = FALSE)
  df$w <- weights
  design <- svydesign(ids = ~1, weights = ~w, data = df)
  sample_margins <- lapply(names(codes), function(v) stats::as.formula(paste0("~", v)))
  population_margins <- lapply(names(codes), function(v) {
    out <- data.frame(names(targets[[v]]), unlist(targets[[v]]), stringsAsFactors = FALSE)
    names(out) <- c(v, "Freq")
    out
  })
  # Full convergence: R's defaults (maxit 10, epsilon 1) stop early.
  raked <- rake(design, sample_margins, population_margins,
                control = list(maxit = 10000, epsilon = 1e-13, verbose = FALSE))
  unname(weights(raked))
}

rake_case <- function(name, n, margins, weighted, total, numeric_margin = NULL) {
  latent <- runif(n, 0, 1)
  codes <- list()
  targets <- list()
  for (v in names(margins)) {
    levels <- margins[[v]]
    codes[[v]] <- draw_codes(n, levels, latent)
    targets[[v]] <- random_targets(levels, total)
  }
  weights <- if (weighted) round(runif(n, 0.5, 3), 4) else rep(1, n)
  expected <- survey_rake(codes, weights, targets)
  json_codes <- codes
  if (!is.null(numeric_margin)) json_codes[[numeric_margin]] <- as.numeric(codes[[numeric_margin]])
  list(
    name = name,
    weights = if (weighted) weights else NULL,
    margins = lapply(names(margins), function(v) {
      list(variable = v, codes = json_codes[[v]], targets = targets[[v]])
    }),
    expected = expected
  )
}

rake_cases <- list(
  rake_case("two margins, unweighted, 60 respondents", 60,
            list(sexe = c("F", "M"), age = c("18-34", "35-54", "55+")), FALSE, 1000),
  rake_case("three margins, design weights, 500 respondents", 500,
            list(sexe = c("F", "M"), age = c("18-34", "35-54", "55-64", "65+"),
                 region = c("1", "2", "3", "4", "5")), TRUE, 52e6, numeric_margin = "region"),
  rake_case("four margins, design weights, 2000 respondents", 2000,
            list(population = c("citoyens", "maires", "dirigeants", "associations"),
                 taille = c("petite", "moyenne", "grande"),
                 territoire = c("rural", "urbain"),
                 anciennete = c("a", "b", "c", "d", "e", "f")), TRUE, 12345.678)
)

post_stratify_case <- function(name, n, levels, weighted, total) {
  codes <- sample(levels, n, replace = TRUE)
  codes[seq_along(levels)] <- levels
  weights <- if (weighted) round(runif(n, 0.2, 4), 4) else rep(1, n)
  targets <- random_targets(levels, total)
  df <- data.frame(g = codes, w = weights, stringsAsFactors = FALSE)
  design <- svydesign(ids = ~1, weights = ~w, data = df)
  population <- data.frame(g = names(targets), Freq = unlist(targets), stringsAsFactors = FALSE)
  stratified <- postStratify(design, ~g, population)
  list(
    name = name,
    weights = if (weighted) weights else NULL,
    codes = codes,
    targets = targets,
    expected = unname(weights(stratified))
  )
}

post_stratify_cases <- list(
  post_stratify_case("unweighted, 3 cells", 40, c("a", "b", "c"), FALSE, 900),
  post_stratify_case("weighted, 8 cells", 400, paste0("cell", 1:8), TRUE, 6.7e7)
)

trim_case <- function(name, n, lower, upper, strict) {
  weights <- round(rlnorm(n, meanlog = 1, sdlog = 0.8), 6)
  design <- svydesign(ids = ~1, weights = ~w, data = data.frame(w = weights))
  trimmed <- trimWeights(design, lower = lower, upper = upper, strict = strict)
  list(
    name = name,
    weights = weights,
    lower = if (is.finite(lower)) lower else NULL,
    upper = if (is.finite(upper)) upper else NULL,
    strict = strict,
    expected = unname(weights(trimmed))
  )
}

trim_cases <- list(
  trim_case("upper only, one round", 200, -Inf, 6, FALSE),
  trim_case("both bounds, one round", 300, 1.5, 7, FALSE),
  trim_case("both bounds, strict", 300, 1.2, 6.5, TRUE),
  trim_case("tight upper, strict", 150, -Inf, 4.5, TRUE)
)

fixtures <- list(
  generator = "scripts/fixtures-weighting.R",
  R = R.version.string,
  survey = as.character(packageVersion("survey")),
  seed = 20261126,
  rake = rake_cases,
  postStratify = post_stratify_cases,
  trimWeights = trim_cases
)

write_json(fixtures, "src/__fixtures__/weighting.json",
           auto_unbox = TRUE, digits = NA, null = "null", pretty = FALSE)
cat("wrote src/__fixtures__/weighting.json\n")
