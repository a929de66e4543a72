import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 4 (blogs and documentation), written AFTER the sprint-9 rules and never used to
 * change them: a WordPress recipe post with a recipe card (WP Recipe Maker markup), a Substack
 * newsletter with footnotes and a subscribe box in the middle, and a product documentation page
 * with a sidebar, an "On this page" list, a callout and a feedback widget.
 */
const story = [
  'My grandmother made this cake for every birthday in the family, and it was always gone before the candles were cold.',
  'The trick is the syrup: pour it over while the cake is still hot, so that it soaks in and leaves a thin, crackly crust of sugar on top.',
  'You do not need a mixer. Everything goes into one bowl and is beaten with a wooden spoon for a minute.',
];
const ingredients = ['225 g self-raising flour', '225 g caster sugar', '225 g soft butter', '4 eggs', 'zest and juice of 2 lemons', '85 g icing sugar'];
const steps = [
  'Heat the oven to 180C and line a loaf tin with baking paper.',
  'Beat the flour, sugar, butter, eggs and lemon zest together until smooth, then scrape into the tin.',
  'Bake for 45 to 50 minutes, until a skewer comes out clean.',
  'Mix the lemon juice with the icing sugar and spoon it over the cake while it is still warm.',
];
const recipe: TestPage = {
  name: 'heldout4-wordpress-recipe-card',
  kind: 'blog',
  title: "Grandma's lemon drizzle cake",
  headings: ['Why this recipe works', 'Lemon drizzle cake', 'Ingredients', 'Instructions', 'Notes'],
  body: [...texts(story), ...ingredients, ...steps, 'The cake keeps for four days in a tin, or three months in the freezer without the syrup.'],
  bylines: ['By Hannah Price', 'Published: April 3, 2024', 'Updated: April 10, 2024'],
  furniture: [
    'Jump to Recipe',
    'Print Recipe',
    'This post may contain affiliate links. Please read my disclosure policy.',
    '4.86 from 133 votes',
    'Prep Time 15 minutes',
    'Cook Time 50 minutes',
    'Servings 10 slices',
    'Calories: 402kcal',
    'Pin Recipe',
    'Tried this recipe?',
    'Mention @hannahbakes or tag #hannahbakes!',
    'Rate this recipe',
    'Reader Interactions',
    '57 Comments',
    'Lovely cake, my kids ate it in one sitting!',
    'Hi, I’m Hannah! I bake simple cakes for busy people.',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>Grandma's lemon drizzle cake - Hannah Bakes</title>
<script type="application/ld+json">{"@context":"https://schema.org/","@graph":[{"@type":"Article","headline":"Grandma's lemon drizzle\
 cake"},{"@type":"Recipe","name":"Lemon drizzle cake"}]}</script></head><body class="post-template-default single single-post wp-embed-responsive">
<div class="site-container"><header class="site-header"><p class="site-title"><a>Hannah Bakes</a></p><nav class="nav-primary"\
 aria-label="Main"><ul class="menu genesis-nav-menu"><li class="menu-item"><a>Recipes</a></li><li class="menu-item"><a>About</a></li></ul>\
</nav></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><article class="post-3321 post\
 type-post status-publish entry" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Grandma's lemon drizzle cake</h1><p class="entry-meta">By <span\
 class="entry-author" itemprop="author"><span class="entry-author-name">Hannah Price</span></span><br>Published: <time\
 class="entry-time">April 3, 2024</time><br>Updated: <time class="entry-modified-time">April 10, 2024</time></p></header>
<div class="entry-content" itemprop="text"><p class="disclosure"><em>This post may contain affiliate links. Please read my <a>disclosure policy</a>.</em></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link\
 wprm-jump-to-recipe-shortcode wprm-block-text-normal">Jump to Recipe</a> <a href="/wprm_print/3322" class="wprm-recipe-print\
 wprm-recipe-link wprm-print-recipe-shortcode">Print Recipe</a></div>
${ps(story.slice(0, 1))}<h2 class="wp-block-heading">Why this recipe works</h2>${ps(story.slice(1))}
<div class="adthrive-ad adthrive-content" data-google-query-id="x"></div>
<div id="recipe"></div><div id="wprm-recipe-container-3322" class="wprm-recipe-container" data-recipe-id="3322"><div class="wprm-recipe\
 wprm-recipe-template-custom">
<h2 class="wprm-recipe-name wprm-block-text-bold">Lemon drizzle cake</h2><div class="wprm-recipe-rating wprm-recipe-rating-recipe-3322">\
<span class="wprm-rating-star wprm-rating-star-full"></span><div class="wprm-recipe-rating-details wprm-block-text-normal"><span\
 class="wprm-recipe-rating-average">4.86</span> from <span class="wprm-recipe-rating-count">133</span> votes</div></div>
<div class="wprm-recipe-buttons"><a class="wprm-recipe-print wprm-recipe-link">Print Recipe</a><a class="wprm-recipe-pin wprm-recipe-link">Pin Recipe</a></div>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-block-container wprm-recipe-time-container"><span\
 class="wprm-recipe-details-label">Prep Time </span><span class="wprm-recipe-time">15 minutes</span></div><div\
 class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook Time </span><span class="wprm-recipe-time">50\
 minutes</span></div>
<div class="wprm-recipe-block-container wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Servings </span><span\
 class="wprm-recipe-servings">10</span> <span class="wprm-recipe-servings-unit">slices</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3><ul\
 class="wprm-recipe-ingredients">${ingredients.map((i) => `<li class="wprm-recipe-ingredient">${i}</li>`).join('')}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header wprm-recipe-instructions-header">Instructions</h3><ul\
 class="wprm-recipe-instructions">\
${steps.map((s) => `<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">${s}</div></li>`).join('')}</ul>\
</div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes"><span>The cake keeps for\
 four days in a tin, or three months in the freezer without the syrup.</span></div></div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container"><span\
 class="wprm-nutrition-label-text-nutrition-label">Calories: </span><span class="wprm-nutrition-label-text-nutrition-value">402</span><span\
 class="wprm-nutrition-label-text-nutrition-unit">kcal</span></span></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-text-container"><span\
 class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Mention @hannahbakes or tag\
 #hannahbakes!</span></span></div></div></div></div>
<div class="entry-comments" id="comments"><h2 class="screen-reader-text">Reader Interactions</h2><h3>57 Comments</h3><ol\
 class="comment-list"><li class="comment"><article class="comment-body"><div class="comment-content"><p>Lovely cake, my kids ate it in one\
 sitting!</p></div></article></li></ol>
<div id="respond" class="comment-respond"><form id="commentform" class="comment-form"><div class="comment-form-wprm-rating"><label>Rate this\
 recipe</label><fieldset class="wprm-comment-ratings-container"><input type="radio" name="wprm-comment-rating" value="5"></fieldset></div>\
<textarea id="comment" name="comment"></textarea></form></div></div></article></main>
<aside class="sidebar sidebar-primary widget-area" role="complementary"><section class="widget"><div class="widget-wrap"><p>Hi, I’m Hannah!\
 I bake simple cakes for busy people.</p></div></section></aside></div></div></div></body></html>`,
};

const letter = [
  'For three years I kept a spreadsheet of every book I finished, with the date, the page count and a score out of ten.',
  'Looking back at it this week, the scores told me almost nothing. What I remember about a book has little to do with how much I enjoyed it that evening.',
  'So this year I am trying something else: one paragraph, written a month after I finish, ' +
    'about what stayed with me.<sup><a class="footnote-anchor" id="footnote-anchor-1" ' +
    'href="#footnote-1" data-component-name="FootnoteAnchorToDOM">1</a></sup>',
  'The first month has been humbling. Of the four books I read in January, I could write that paragraph about two.',
];
const substack: TestPage = {
  name: 'heldout4-substack-footnotes',
  kind: 'blog',
  title: 'What a month of forgetting taught me about reading',
  headings: [],
  body: ['Why I stopped scoring the books I read.', ...texts(letter)],
  bylines: ['Ines Moreau', 'Feb 4, 2024'],
  furniture: [
    'The Slow Shelf',
    'Subscribe',
    'Sign in',
    'Share',
    'Thanks for reading The Slow Shelf! Subscribe for free to receive new posts and support my work.',
    'The idea is borrowed from a teacher of mine, who asked us to review films a month after we saw them.',
    'Leave a comment',
    '31',
    'Discussion about this post',
    'Ready for more?',
    '© 2024 Ines Moreau',
    'Privacy ∙ Terms ∙ Collection notice',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>What a month of forgetting taught me about reading - by Ines Moreau</title><meta\
 property="og:type" content="article"></head><body>
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content"><a\
 class="navbar-title-link">The Slow Shelf</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>\
<button class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">What a month of forgetting taught me about reading</h1><h3\
 dir="auto" class="subtitle subtitle-HEEcLo">Why I stopped scoring the books I read.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a class="pencraft\
 frontend-pencraft-Text-module__decoration-hover-underline">Ines Moreau</a></div><div class="pencraft pc-reset\
 color-pub-secondary-text-hGQ02T">Feb 4, 2024</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container"><div class="like-count">31</div></a><button\
 class="post-ufi-button">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(letter.slice(0, 2))}
<div class="subscription-widget-wrap-editor" data-attrs="{}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget\
 show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Slow Shelf! Subscribe for free to receive new posts and\
 support my work.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"\
 tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
${ps(letter.slice(2))}
<p class="button-wrapper" data-attrs="{}" data-component-name="ButtonCreateButton"><a class="button primary" href="/p/forgetting/comments">\
<span>Leave a comment</span></a></p>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number"\
 contenteditable="false" target="_self">1</a><div class="footnote-content"><p>The idea is borrowed from a teacher of mine, who asked us to\
 review films a month after we saw them.</p></div></div></div></div></article>
<div class="visibility-check"></div><div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4></div>
<div class="post-footer"><h3>Ready for more?</h3><form class="subscribe-footer"><input type="email" placeholder="Type your email…">\
<button>Subscribe</button></form></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2024 Ines Moreau</div><div class="footer-terms"><a>Privacy</a> ∙\
 <a>Terms</a> ∙ <a>Collection notice</a></div></div></div></div></div></body></html>`,
};

const docs = [
  'Webhooks let your application know when something happens in your account, such as a payment succeeding or a customer cancelling a subscription.',
  'When an event occurs, we send an HTTP POST request to the URL you registered, with a JSON body that describes the event.',
  'Your endpoint must answer with a 2xx status code within 10 seconds. Any other answer, or no answer, counts as a failure.',
  'Failed deliveries are retried with exponential backoff for up to three days. After that the event is marked as failed and is not sent again.',
  'Every request carries a signature header. Check it against your endpoint secret before you trust the body, so that nobody else can send you fake events.',
];
/**
 * The callout's line is article text, its "Tip" label is not (session 9, after batch 4 was
 * measured: the gold first counted the whole callout as furniture). Firefox's reader view keeps
 * callouts, and in documentation they carry instructions: README "Web pages".
 */
const tip = 'Use the CLI to forward events to your laptop while you develop.';
const productDocs: TestPage = {
  name: 'heldout4-product-docs-sidebar-toc',
  kind: 'docs',
  title: 'Receiving webhooks',
  headings: ['How delivery works', 'Retries', 'Verifying signatures'],
  body: [...texts(docs.slice(0, 3)), tip, ...texts(docs.slice(3))],
  bylines: ['Last updated on March 18, 2024'],
  furniture: [
    'Docs',
    'API reference',
    'Changelog',
    'Getting started',
    'Payments',
    'Testing webhooks locally',
    'On this page',
    'Tip',
    'Was this page helpful?',
    'Yes',
    'No',
    'Edit this page',
    'Previous',
    'Listing events',
    'Next',
    'Ask AI',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Receiving webhooks | Paystream Docs</title></head><body>
<div id="__next"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 border-b bg-background"><div class="container flex\
 h-14 items-center"><a class="mr-6 flex items-center space-x-2"><span class="font-bold">Paystream</span></a>
<div class="flex items-center gap-4 text-sm"><a class="text-foreground/60">Docs</a><a class="text-foreground/60">API reference</a><a\
 class="text-foreground/60">Changelog</a></div><button class="inline-flex items-center rounded-md">Ask AI</button></div></header>
<div class="container flex-1 items-start md:grid md:grid-cols-[220px_minmax(0,1fr)]"><div class="fixed top-14 z-30 hidden\
 h-[calc(100vh-3.5rem)] w-full shrink-0 md:sticky md:block"><div class="h-full py-6 pr-6 lg:py-8"><div class="w-full"><div class="pb-4"><h4\
 class="mb-1 rounded-md px-2 py-1 text-sm font-semibold">Getting started</h4><div class="grid grid-flow-row auto-rows-max text-sm"><a\
 class="group flex w-full items-center">Payments</a><a class="group flex w-full items-center font-medium text-foreground">Webhooks</a><a\
 class="group flex w-full items-center">Testing webhooks locally</a></div></div></div></div></div>
<main class="relative py-6 lg:gap-10 lg:py-8 xl:grid xl:grid-cols-[1fr_300px]"><div class="mx-auto w-full min-w-0"><div class="space-y-2">\
<h1 class="scroll-m-20 text-4xl font-bold tracking-tight">Receiving webhooks</h1></div>
<div class="pb-12 pt-8"><div class="mdx">${ps(docs.slice(0, 1), ' class="leading-7 [&:not(:first-child)]:mt-6"')}
<h2 id="how-delivery-works" class="font-heading mt-12 scroll-m-20 border-b pb-2 text-2xl"><a class="font-medium underline underline-offset-4\
 subheading-anchor" aria-label="Link to section" href="#how-delivery-works"><span class="icon icon-link"></span></a>How delivery\
 works</h2>${ps(docs.slice(1, 3), ' class="leading-7 [&:not(:first-child)]:mt-6"')}
<div class="relative w-full rounded-lg border p-4 [&>svg]:absolute"><svg class="h-4 w-4"></svg><h5 class="mb-1 font-medium leading-none\
 tracking-tight">Tip</h5><div class="text-sm [&_p]:leading-relaxed"><p>${tip}</p>\
</div></div>
<h2 id="retries" class="font-heading mt-12 scroll-m-20 border-b pb-2 text-2xl">Retries</h2>${ps(docs.slice(3, 4), ' class="leading-7"')}
<h2 id="verifying-signatures" class="font-heading mt-12 scroll-m-20 border-b pb-2 text-2xl">Verifying signatures</h2>${ps(docs.slice(4), ' class="leading-7"')}
<div class="relative"><pre class="mb-4 mt-6 max-h-[650px] overflow-x-auto rounded-lg border bg-zinc-950 py-4"><code class="relative rounded\
 font-mono text-sm">const event = paystream.webhooks.verify(body, header, secret);</code></pre><button class="absolute right-4 top-4 z-10\
 h-6 w-6">Copy</button></div></div></div>
<div class="flex flex-col gap-4 border-t pt-6 sm:flex-row sm:items-center sm:justify-between"><div class="flex items-center gap-2 text-sm">\
<span>Was this page helpful?</span><button class="rounded border px-2">Yes</button><button class="rounded border px-2">No</button></div><a\
 class="text-sm text-muted-foreground">Edit this page</a></div>
<p class="text-sm text-muted-foreground">Last updated on March 18, 2024</p>
<div class="flex flex-row items-center justify-between"><a class="inline-flex items-center rounded-md border" href="/docs/events"><span\
 class="text-xs">Previous</span><span>Listing events</span></a><a class="inline-flex items-center rounded-md border"\
 href="/docs/webhooks/testing"><span class="text-xs">Next</span><span>Testing webhooks locally</span></a></div></div>
<div class="hidden text-sm xl:block"><div class="sticky top-16 -mt-10 h-[calc(100vh-3.5rem)] pt-4"><div class="space-y-2"><p\
 class="font-medium">On this page</p><ul class="m-0 list-none"><li class="mt-0 pt-2"><a class="inline-block no-underline"\
 href="#how-delivery-works">How delivery works</a></li><li class="mt-0 pt-2"><a href="#retries">Retries</a></li><li class="mt-0 pt-2"><a\
 href="#verifying-signatures">Verifying signatures</a></li></ul></div></div></div></main></div></div></div></body></html>`,
};

export const HELDOUT4_B: readonly TestPage[] = [recipe, substack, productDocs];
