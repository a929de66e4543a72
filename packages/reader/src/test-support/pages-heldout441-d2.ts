import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file d2: a bookdown (R) chapter in the gitbook output: the book summary sidebar with its chapter tree and
 * "Published with bookdown", the book header whose own h1 is the book's title, the toolbar buttons, numbered section headings
 * with anchors, R code chunks with output, a figure with its numbered caption, a callout, the navigation arrows and the
 * gitbook config script.
 */
const bdTitle = 'Chapter 5 Estimating Survival with Kaplan-Meier Curves';
const bdIntro = [
  `In Chapter 4 we met censoring: the awkward fact that for many subjects in a study we know only that the event had not
  happened by the time we stopped watching. This chapter introduces the Kaplan-Meier estimator, the standard way to estimate a
  survival curve when some observations are censored, and shows how to compute and plot it in R.`,
];
const bdH1 = '5.1 The idea behind the estimator';
const bdIdea = [
  `Suppose we follow a group of seedlings after transplanting and record the day each one dies. If nobody were censored, the
  proportion still alive on day t would be a perfectly good estimate of survival. Censoring breaks this, because a seedling
  removed from the study on day 20 was alive on day 20 but tells us nothing afterwards.`,
  `The Kaplan-Meier estimator gets round the problem by working one event time at a time. At each time when a death occurs, it
  estimates the conditional probability of surviving that moment, given survival up to it, using only the subjects still at
  risk. The survival curve is the running product of these conditional probabilities.`,
];
const bdH2 = '5.2 Fitting the curve in R';
const bdFit = [
  `We use the seedlings data from the Glenmere nursery trial, which records the days to death, a censoring indicator and the
  potting mix used. The survival package provides the Surv() function to combine time and status, and survfit() to estimate the
  curve.`,
];
const bdCode = `library(survival)
fit <- survfit(Surv(days, died) ~ 1, data = seedlings)
summary(fit, times = c(10, 20, 30))`;
const bdOut = `##  time n.risk n.event survival std.err
##    10     84      11    0.884  0.0329
##    20     61      14    0.701  0.0483`;
const bdAfter = [
  `Reading the output, about 88 percent of seedlings survived the first ten days and about 70 percent survived twenty. The
  n.risk column shows how the risk set shrinks, both through deaths and through censoring.`,
];
const bdH3 = '5.3 Comparing groups';
const bdGroups = [
  `Adding a grouping variable to the right-hand side of the formula fits one curve per group. Plotted together, the curves for the
  two potting mixes separate after about a week, with the peat-free mix doing better.`,
  'When you compare curves, keep three cautions in mind:',
];
const bdCautions = [
  'Curves become unreliable at the far right, where few subjects remain at risk.',
  'Crossing curves mean that a single summary such as the log-rank test can mislead.',
  'Censoring must be unrelated to the chance of the event, or the estimate is biased.',
];
const bdCallout = `Always report the number at risk under a Kaplan-Meier plot. Without it, a reader cannot tell a well-supported
drop from one based on two seedlings.`;
const bdCaption = 'Figure 5.1: Kaplan-Meier curves for seedlings in two potting mixes, with 95% confidence bands.';
const bdTree = ['Preface', '1 Introduction', '2 Time-to-event data', '3 Hazard and survival functions', '4 Censoring', '6 Cox regression', 'References'];
const bdTools = ['Toggle Sidebar', 'Search', 'Font Settings', 'Edit', 'Share'];
const bdHtml = `<!DOCTYPE html>
<html lang="" xml:lang=""><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Chapter 5 Estimating Survival with Kaplan-Meier Curves | Applied Survival Analysis in R</title>
<meta name="description" content="Chapter 5 Estimating Survival with Kaplan-Meier Curves | Applied Survival Analysis in R">
<meta name="generator" content="bookdown 0.41 and GitBook 2.6.7"><meta property="og:type" content="book">
<meta name="author" content="Fenella Aske"><meta name="date" content="2025-11-02">
<link href="libs/gitbook-2.6.7/css/style.css" rel="stylesheet"><script src="libs/jquery-3.6.0/jquery-3.6.0.min.js"></script>
<script src="libs/gitbook-2.6.7/js/app.min.js"></script></head>
<body><div class="book without-animation with-summary font-size-2 font-family-1" data-basepath=".">
<div class="book-summary"><nav role="navigation"><ul class="summary">
<li><a href="./">Applied Survival Analysis in R</a></li><li class="divider"></li>
${links(bdTree.slice(0, 5), 'chapter')}
<li class="chapter active" data-level="5" data-path="kaplan-meier.html"><a href="kaplan-meier.html">5 Estimating survival with Kaplan-Meier</a>
<ul>${lis(['5.1 The idea', '5.2 Fitting in R', '5.3 Comparing groups'], 'chapter')}</ul></li>
${links(bdTree.slice(5), 'chapter')}
<li class="divider"></li><li><a href="https://github.com/rstudio/bookdown" target="blank">Published with bookdown</a></li></ul></nav></div>
<div class="book-body"><div class="body-inner"><div class="book-header" role="navigation">
<h1><i class="fa fa-circle-o-notch fa-spin"></i><a href="./">Applied Survival Analysis in R</a></h1>
<div class="btn-group">${bdTools.map((t) => `<a class="btn pull-left" aria-label="${t}" href="#">${t}</a>`).join('\n')}</div></div>
<div class="page-wrapper" tabindex="-1" role="main"><div class="page-inner"><section class="normal" id="section-">
<div id="kaplan-meier" class="section level1 hasAnchor" number="5">
<h1><span class="header-section-number">Chapter 5</span> Estimating Survival with Kaplan-Meier Curves<a href="#kaplan-meier"
class="anchor-section" aria-label="Anchor link to header"></a></h1>
${ps(bdIntro)}
<div id="the-idea" class="section level2 hasAnchor" number="5.1"><h2><span class="header-section-number">5.1</span> The idea behind the
estimator<a href="#the-idea" class="anchor-section" aria-label="Anchor link to header"></a></h2>
${ps(bdIdea)}</div>
<div id="fitting" class="section level2 hasAnchor" number="5.2"><h2><span class="header-section-number">5.2</span> Fitting the curve in R<a
href="#fitting" class="anchor-section" aria-label="Anchor link to header"></a></h2>
${ps(bdFit)}
<div class="sourceCode" id="cb12"><pre class="sourceCode r"><code class="sourceCode r">${bdCode.replace(/</g, '&lt;')}</code></pre></div>
<pre><code>${bdOut}</code></pre>
${ps(bdAfter)}</div>
<div id="comparing" class="section level2 hasAnchor" number="5.3"><h2><span class="header-section-number">5.3</span> Comparing groups<a
href="#comparing" class="anchor-section" aria-label="Anchor link to header"></a></h2>
${ps(bdGroups)}
<ul>${lis(bdCautions)}</ul>
<div class="figure" style="text-align: center"><span style="display:block;" id="fig:km-plot"></span><img src="images/km-plot-1.png"
alt="Two step curves falling from 1" width="672"><p class="caption">${bdCaption}</p></div>
<div class="rmdtip"><p>${bdCallout}</p></div></div></div></section></div></div></div>
<a href="censoring.html" class="navigation navigation-prev" aria-label="Previous page"><i class="fa fa-angle-left"></i></a>
<a href="cox.html" class="navigation navigation-next" aria-label="Next page"><i class="fa fa-angle-right"></i></a></div></div>
<script>gitbook.require(["gitbook"], function(gitbook) { gitbook.start({"sharing":{"github":false,"facebook":true,"twitter":true},
"fontsettings":{"theme":"white","family":"sans","size":2},"edit":{"link":"https://github.com/fenella-aske/survival/edit/main/05-km.Rmd",
"text":"Edit"},"download":["survival.pdf"],"toc":{"collapse":"subsection"}}); });</script></body></html>`;
export const bookdown: TestPage = {
  name: 'heldout441-bookdown-chapter-docs',
  kind: 'docs',
  html: bdHtml,
  title: bdTitle,
  headings: [bdH1, bdH2, bdH3],
  body: texts([...bdIntro, ...bdIdea, ...bdFit, ...bdAfter, ...bdGroups, ...bdCautions, bdCallout]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Applied Survival Analysis in R', ...bdTree, '5 Estimating survival with Kaplan-Meier', '5.1 The idea', '5.2 Fitting in R', 'Published with bookdown',
    ...bdTools, bdCaption,
  ],
};
