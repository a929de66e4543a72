import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, tr } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file a: a USDA FoodData Central-style food details page (Angular app markup, USWDS government banner,
 * food details panel, nutrient table, footnotes, download links, footer) and a MyFitnessPal-style food entry (Next.js and
 * MUI markup, nutrition summary, macro breakdown, serving sizes, activity equivalents, "Other popular results" rail, app
 * promo and footer).
 */
const fTitle = 'Beans, marbled tepary, dry, raw';
const fNav = ['Home', 'Search', 'Data Type Documentation', 'Download Datasets', 'API Guide', 'Help', 'Contact'];
const fRows: readonly (readonly string[])[] = [
  ['Water', 'g', '10.4', '6'],
  ['Energy', 'kcal', '338', '-'],
  ['Protein', 'g', '23.1', '6'],
  ['Total lipid (fat)', 'g', '1.42', '6'],
  ['Carbohydrate, by difference', 'g', '61.2', '-'],
  ['Fiber, total dietary', 'g', '17.8', '4'],
  ['Calcium, Ca', 'mg', '142', '6'],
  ['Iron, Fe', 'mg', '6.07', '6'],
  ['Magnesium, Mg', 'mg', '188', '6'],
  ['Potassium, K', 'mg', '1390', '6'],
  ['Zinc, Zn', 'mg', '3.11', '6'],
  ['Folate, total', 'µg', '402', '3'],
];
const fIntro = [
  j(
    'Tepary beans in this sample set were collected from four retail outlets and two grower cooperatives in the spring of 2024.',
    'Each composite was made from three packages of whole dry beans of the marbled variety, ground to pass a 1 mm screen before analysis.',
  ),
  j(
    'Values are reported per 100 g of the dry, uncooked beans. Proximates were determined by the contracting laboratory; minerals were',
    'measured by inductively coupled plasma emission spectrometry, and folate by a tri-enzyme microbiological assay.',
  ),
];
const fNotes = [
  'Energy is calculated from the protein, fat and carbohydrate values using specific Atwater factors for legumes.',
  'Carbohydrate is calculated by difference and includes dietary fiber.',
  j(
    'A dash means the value was calculated rather than analyzed, so no sample count applies. Where fewer than three samples',
    'were analyzed, the value should be read as provisional.',
  ),
];
const fFoot = ['Accessibility', 'Privacy Policy', 'Freedom of Information Act', 'USA.gov', 'Policies and Links'];
const fHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FoodData Central</title><base href="/fdc-app.html">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="FoodData Central food details">
<link rel="icon" type="image/x-icon" href="favicon.ico"><link rel="stylesheet" href="styles.4f2c1a.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-FDC2"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head><body><app-root _nghost-ng-c1129 ng-version="17.3.2">
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img class="usa-banner__header-flag"
src="assets/us_flag_small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
<p class="usa-banner__header-text">An official website of the United States government</p>
<p class="usa-banner__header-action">Here's how you know</p></div></div></header></div></section>
<app-header _ngcontent-ng-c1129><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><a class="navbar-brand" href="/">
<span class="brand-title">FoodData Central</span></a><ul class="navbar-nav mr-auto">${links(fNav, 'nav-item')}</ul></nav></app-header>
<main id="main-content"><app-food-details _ngcontent-ng-c1129><div class="container-fluid"><div class="row"><div class="col-md-12">
<div id="foodDetailsDescription" class="card"><div class="card-body"><h1 class="card-title" id="foodDetailsDescription">${fTitle}</h1>
<div class="row foodDetailsInfo"><div class="col-md-6"><p><strong>Data Type:</strong> Foundation</p>
<p><strong>Food Category:</strong> Legumes and Legume Products</p><p><strong>FDC ID:</strong> 2801164</p><p><strong>NDB Number:</strong> 16489</p></div>
<div class="col-md-6"><p><strong>FDC Published:</strong> <span id="publicationDate">4/24/2025</span></p>
<div class="btn-group"><button class="btn btn-outline-primary btn-sm" id="downloadCSV">Download CSV</button>
<button class="btn btn-outline-primary btn-sm" id="downloadJSON">Download JSON</button>
<button class="btn btn-outline-secondary btn-sm" id="fullHistory">Full History</button></div></div></div></div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h4">Sample Description</h2>
${ps(fIntro, ' class="card-text"')}
</div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h4">Nutrients</h2>
<div class="form-inline portion"><label for="nutrient-portion">Portion:</label> <select id="nutrient-portion" class="form-control">
<option selected>100 g</option><option>1 cup (184 g)</option></select></div>
<table class="table table-sm table-striped" id="nutrients-table"><thead>${tr(['Name', 'Unit', 'Amount', 'n'], 'th')}</thead><tbody>
${fRows.map((r) => tr(r)).join('\n')}
</tbody></table></div></div>
<div class="card mt-3"><div class="card-body"><h2 class="h4">Footnotes</h2><ul class="footnotes">
${fNotes.map((n) => `<li>${n}</li>`).join('\n')}</ul></div></div>
<div class="alert alert-info mt-3" role="note">Cite this page: use the FDC ID and the publication date shown above.</div>
</div></div></div></app-food-details></main>
<app-footer _ngcontent-ng-c1129><footer class="usa-footer usa-footer--slim"><div class="usa-footer__primary-section"><div class="grid-container">
<nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">${links(fFoot, 'usa-footer__primary-content')}</ul></nav>
</div></div><div class="usa-footer__secondary-section"><div class="grid-container"><p class="usa-footer__logo-heading">Agricultural Research Service</p>
<p>Version 3.9.4 | Data last updated April 2025</p></div></div></footer></app-footer>
</app-root><script src="runtime.8a1f.js" type="module"></script><script src="main.c06e.js" type="module"></script></body></html>`;
const fdc: TestPage = {
  name: 'heldout422-usda-fooddata-central-food',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Sample Description', 'Nutrients', 'Footnotes'],
  body: [...texts(fIntro), ...rowTexts(fRows), ...texts(fNotes)],
  bylines: ['4/24/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'FoodData Central', ...fNav, 'Data Type:', 'Foundation',
    'Food Category:', 'Legumes and Legume Products', 'FDC ID:', '2801164', 'NDB Number:', '16489', 'FDC Published:', 'Download CSV', 'Download JSON',
    'Full History', 'Portion:', '1 cup (184 g)', 'Cite this page: use the FDC ID and the publication date shown above.', ...fFoot,
    'Agricultural Research Service', 'Version 3.9.4 | Data last updated April 2025',
  ],
};

const mTitle = 'Calories in Hollowbrook Farm Greek Yogurt, Wildflower Honey';
const mSummary = [
  j('There are 150 calories in 1 container (170 g) of Hollowbrook Farm Greek Yogurt, Wildflower Honey. Calorie breakdown:', '12% fat, 48% carbs, 40% protein.'),
];
const mFacts: readonly (readonly string[])[] = [
  ['Calories', '150'],
  ['Total Fat', '2 g'],
  ['Saturated Fat', '1.5 g'],
  ['Cholesterol', '10 mg'],
  ['Sodium', '60 mg'],
  ['Total Carbohydrates', '18 g'],
  ['Sugars', '16 g'],
  ['Protein', '15 g'],
  ['Calcium', '15 %'],
];
const mServ: readonly (readonly string[])[] = [
  ['1 container (170 g)', '150'],
  ['100 g', '88'],
  ['1 cup (245 g)', '216'],
];
const mBurn = ['Walking: 41 minutes', 'Cycling: 17 minutes', 'Swimming: 13 minutes', 'Running: 15 minutes'];
const mNote = j(
  'Nutrition information for this food was added by a member and checked against the brand label. Serving sizes and values may',
  'differ slightly from the product you buy; check the package for the most accurate information.',
);
const mNav = ['Food Diary', 'Recipes', 'Exercise', 'Blog', 'Community', 'Premium'];
const mOther = [
  'Hollowbrook Farm Greek Yogurt, Plain Nonfat',
  'Hollowbrook Farm Greek Yogurt, Vanilla Bean',
  'Greek Yogurt With Honey (Store Brand)',
  'Honey Oat Granola Cup',
];
const mFoot = ['About Us', 'Careers', 'Terms', 'Privacy Center', 'Cookie Preferences', 'Ad Choices', 'API', 'Contact Us'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>${mTitle} and Nutrition Facts</title>
<meta name="description" content="There are 150 calories in 1 container (170 g) of Hollowbrook Farm Greek Yogurt, Wildflower Honey.">
<meta property="og:title" content="${mTitle}"><meta name="viewport" content="width=device-width"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/7b2e1f.css" as="style"><link rel="stylesheet" href="/_next/static/css/7b2e1f.css" data-n-g="">
<style data-emotion="css 1kx2u0 16jcn5b">.css-1kx2u0{margin:0;font-size:2rem;}.css-16jcn5b{display:flex;}</style></head>
<body><div id="__next"><header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-1x0k2v"><div class="MuiToolbar-root css-12br8d">
<a class="MuiTypography-root MuiLink-root css-v1z9hq" href="/" aria-label="MyFitnessPal home"><svg class="logo"></svg></a>
<nav class="css-16jcn5b"><ul class="MuiList-root">${links(mNav, 'MuiListItem-root')}</ul></nav>
<a class="MuiButton-root MuiButton-contained css-1hw9j7s" href="/account/login">Log In</a>
<a class="MuiButton-root MuiButton-outlined css-1hw9j7s" href="/account/create">Start for Free</a></div></header>
<main class="MuiContainer-root MuiContainer-maxWidthLg css-1qsxih2"><nav aria-label="breadcrumb" class="MuiBreadcrumbs-root css-4pdmu4">
<ol class="MuiBreadcrumbs-ol"><li class="MuiBreadcrumbs-li"><a href="/nutrition-calories">Calorie Counter</a></li>
<li class="MuiBreadcrumbs-li"><a href="/brand/hollowbrook-farm">Hollowbrook Farm Dairy</a></li></ol></nav>
<div class="MuiGrid-root MuiGrid-container css-1d3bbye"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-8 css-1kt3e1">
<h1 class="MuiTypography-root MuiTypography-h1 css-1kx2u0">${mTitle}</h1>
<p class="MuiTypography-root MuiTypography-body1 css-14yq2cg">${mSummary[0]}</p>
<div class="MuiBox-root css-macros"><div class="css-macro">12% <span>Fat</span> <span>2g</span></div>
<div class="css-macro">48% <span>Carbs</span> <span>18g</span></div><div class="css-macro">40% <span>Protein</span> <span>15g</span></div></div>
<h2 class="MuiTypography-root MuiTypography-h2 css-1m2gvi2">Nutrition Facts</h2><table class="MuiTable-root css-1owb465"><tbody>
${mFacts.map((r) => tr(r)).join('\n')}
</tbody></table><p class="MuiTypography-root MuiTypography-caption css-note">${mNote}</p>
<h2 class="MuiTypography-root MuiTypography-h2 css-1m2gvi2">Common Serving Sizes</h2><table class="MuiTable-root css-1owb465">
<thead>${tr(['Serving Size', 'Calories'], 'th')}</thead><tbody>${mServ.map((r) => tr(r)).join('\n')}</tbody></table>
<h2 class="MuiTypography-root MuiTypography-h2 css-1m2gvi2">How long would it take to burn off 150 calories?</h2>
<ul class="MuiList-root css-burn">${mBurn.map((b) => `<li class="MuiListItem-root">${b}</li>`).join('\n')}</ul>
<button class="MuiButton-root MuiButton-contained css-track" type="button">Log this food</button></div>
<aside class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-aside"><div class="css-ad"><span class="css-adlabel">Advertisement</span>
<div id="div-gpt-ad-food-rr"></div></div><h3 class="MuiTypography-root MuiTypography-h6">Other Popular Results</h3>
<ul class="MuiList-root">${links(mOther, 'MuiListItem-root')}</ul>
<div class="css-promo"><p>Track macros, calories and more with the app.</p><a href="/download">Download the App</a></div></aside></div></main>
<footer class="css-footer"><ul class="MuiList-root">${links(mFoot)}</ul><p>© 2026 MyFitnessPal, Inc.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to personalize content and
ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"food":{"id":"88120455","description":"Greek Yogurt, Wildflower Honey",
"brand":"Hollowbrook Farm","verified":true}}},"page":"/food/calories/[slug]","buildId":"q8YtZ2"}</script></body></html>`;
const mfp: TestPage = {
  name: 'heldout422-myfitnesspal-food-entry',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Nutrition Facts', 'Common Serving Sizes', 'How long would it take to burn off 150 calories?'],
  body: [...texts(mSummary), ...rowTexts(mFacts), mNote, ...rowTexts(mServ), ...mBurn],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Log In', 'Start for Free', 'Calorie Counter', 'Hollowbrook Farm Dairy', 'Log this food', 'Advertisement', 'Other Popular Results', ...mOther,
    'Track macros, calories and more with the app.', 'Download the App', ...mFoot, '© 2026 MyFitnessPal, Inc.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT422_A: readonly TestPage[] = [fdc, mfp];
