import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Pages written after the furniture rules were fixed, and never used to change them: the
 * held-out row of the extractor comparison.
 */
const sportBody = [
  'Northfield came from two goals down to beat Harbour Town 3-2 on Saturday and move to the top of the league for the first time in eleven years.',
  'Harbour Town scored twice in the first twenty minutes, both times from corners that Northfield failed to clear.',
  'The home side changed their shape at half-time, and the substitute Kofi Mensah scored within four minutes of coming on.',
  'Mensah set up the equaliser with a low cross before the captain, Leon Price, headed the winner in the last minute of normal time.',
];
const sport: TestPage = {
  name: 'heldout-sport-report',
  kind: 'news',
  title: 'Northfield fight back to top the table',
  headings: [],
  body: texts(sportBody),
  bylines: ['Chief sports writer Dan Ellis', 'Sat 12 Oct 2024 17:45'],
  furniture: ['Follow us on Instagram', 'Match stats', 'Possession 58% - 42%', 'Get tickets', 'Listen to the match podcast', 'Privacy settings'],
  html: `<!doctype html><html lang="en"><head><title>Northfield fight back to top the table | County Sport</title></head><body>
<div class="privacy-manager"><p>Privacy settings</p><button>OK</button></div>
<header class="site-head"><ul><li><a>Football</a></li><li><a>Cricket</a></li><li><a>Rugby</a></li></ul></header>
<div class="content-wrapper"><div class="story-wrap"><h1>Northfield fight back to top the table</h1>
<div class="writer-box"><span class="writer">Chief sports writer Dan Ellis</span><span class="stamp">Sat 12 Oct 2024 17:45</span></div>
<div class="story-body">${ps(sportBody.slice(0, 2))}
<div class="stats-box"><h4>Match stats</h4><p>Possession 58% - 42%</p></div>
${ps(sportBody.slice(2))}
<div class="cta"><a>Get tickets</a> <a>Listen to the match podcast</a></div></div></div>
<div class="follow-bar"><a>Follow us on Instagram</a></div></div></body></html>`,
};

const recipeBody = [
  'This is the soup I make every week in winter. It takes half an hour, uses one pan, and tastes better the next day.',
  'Soften the onion and carrot in the oil for ten minutes, then add the lentils, the stock and the tin of tomatoes.',
  'Simmer for twenty minutes, until the lentils have fallen apart, then season with salt, pepper and a squeeze of lemon.',
];
const recipe: TestPage = {
  name: 'heldout-recipe-blog',
  kind: 'blog',
  title: 'Red lentil soup for busy weeks',
  headings: ['Method'],
  body: texts(recipeBody),
  bylines: ['Written by Sophie', 'November 2, 2023'],
  furniture: [
    'Jump to Recipe',
    'Print Recipe',
    'Pin Recipe',
    'Rate this recipe',
    'Did you make this? Tag me on social!',
    'You might also like',
    'Spiced carrot soup',
  ],
  html:
    `<!DOCTYPE html><html><head><title>Red lentil soup for busy weeks - Sophie Cooks</title></head><body>
<div class="header-menu"><a>Recipes</a> <a>About</a> <a>Shop</a></div>
<article class="post"><h1 class="entry-title">Red lentil soup for busy weeks</h1><p class="entry-meta">Written by Sophie</p>` +
    `<p class="entry-meta">November 2, 2023</p>
<div class="wprm-recipe-jump"><a>Jump to Recipe</a></div>
<div class="entry-content">${ps(recipeBody.slice(0, 1))}<h2>Method</h2>${ps(recipeBody.slice(1))}
<div class="wprm-recipe-buttons"><a>Print Recipe</a> <a>Pin Recipe</a></div><div class="wprm-rating"><span>Rate this recipe</span>` +
    `</div>
<div class="cta-box"><p>Did you make this? Tag me on social!</p></div></div></article>
<section class="yarpp"><h3>You might also like</h3><div><a>Spiced carrot soup</a></div></section></body></html>`,
};

const govBody = [
  'You can apply for a replacement driving licence online if yours has been lost, stolen, damaged or destroyed.',
  'It costs £20 and you should get your new licence within a week. You can drive while you wait for it, as long as you meet the rules.',
  'You must report a stolen licence to the police before you apply, and give the crime reference number in the application.',
];
const gov: TestPage = {
  name: 'heldout-government-guide',
  kind: 'docs',
  title: 'Replace a lost, stolen or damaged driving licence',
  headings: ['What it costs', 'If it was stolen'],
  body: texts(govBody),
  bylines: [],
  furniture: [
    'Cookies on the service',
    'Accept additional cookies',
    'Reject additional cookies',
    'Is this page useful?',
    'Report a problem with this page',
    'Contents',
    'Print this page',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  ],
  html:
    `<!DOCTYPE html><html lang="en"><head><title>Replace a lost, stolen or damaged driving licence - Official Site</title>` +
    `</head><body>
<div class="govuk-cookie-banner" role="region"><h2>Cookies on the service</h2><button>Accept additional cookies</button>` +
    `<button>Reject additional cookies</button></div>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">` +
    `<h1 class="govuk-heading-xl">Replace a lost, stolen or damaged driving licence</h1>
<div class="gem-c-contents-list"><h2>Contents</h2><ol><li><a>What it costs</a></li><li><a>If it was stolen</a></li></ol></div>
<div class="govuk-govspeak">${ps(govBody.slice(0, 1))}<h2>What it costs</h2>${ps(govBody.slice(1, 2))}<h2>If it was` +
    ` stolen</h2>${ps(govBody.slice(2))}</div>
<div class="gem-c-print-link"><a>Print this page</a></div>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><a>Report a problem with this page</a></div></main></div>
<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>` +
    `</footer></body></html>`,
};

export const HELDOUT_PAGES: readonly TestPage[] = [sport, recipe, gov];
