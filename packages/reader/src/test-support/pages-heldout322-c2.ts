import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file c2: a smart bike-trainer brand's journal article built with Next.js (CSS-module class names, a
 * promo strip, the site nav, a hero with category, title, dek, byline, date and reading time, a figure with caption and
 * credit, an inline "Read more" promo, a pull quote, a product card, "Keep reading" cards, a newsletter block, the footer,
 * the Cookiebot dialog and the __NEXT_DATA__ script). The dek and the pull quote, the coach's own words, are body.
 */
const nTitle = 'Zone 2, explained by the coaches who write our plans';
const nDek = 'Easy riding is the least glamorous part of training and the part most riders get wrong. Here is how to do it properly.';
const nH = ['What “zone 2” means', 'Why easy is hard', 'Three ways to get it right', 'How much is enough?'];
const nP0 = [
  j(
    'Ask any of the coaches behind Tidewheel’s training plans what separates riders who keep improving from riders who plateau,',
    'and you will hear the same answer: the improvers are better at riding slowly.',
  ),
];
const nP1 = [
  j(
    'Zone 2 is the second of five intensity zones, usually set between about 60 and 75 percent of your threshold heart rate or',
    '56 to 75 percent of your functional threshold power. In plain terms, it is the pace at which you can breathe through your nose,',
    'hold a conversation, and ride for hours.',
  ),
  j(
    'At this intensity the body relies heavily on fat for fuel and builds the machinery that makes every harder effort cheaper:',
    'more capillaries, more mitochondria and a heart that pumps more blood with each beat.',
  ),
];
const nP2 = [
  j(
    'The problem is not physical. It is that zone 2 feels too easy to be doing anything, so riders creep upwards. A group ride turns',
    'into a race to the café, an indoor session gets a few extra watts because the numbers look dull, and before long every ride sits',
    'in a grey middle zone that is too hard to recover from and too easy to build top-end fitness.',
  ),
];
const nQuote = j(
  'I tell every new athlete the same thing. If your easy rides never feel boring, they are not easy, and your hard days will',
  'never be as hard as they should be.',
);
const nQuoteBy = 'Head coach Lise Varenne';
const nP3 = ['Our coaching team’s advice comes down to three habits:'];
const nL3 = [
  'Ride to heart rate or power, not speed. Wind, gradient and tyre pressure change speed; your body does not care about them.',
  'Cap the top. Set an upper limit and treat it as a ceiling, not a target. On a trainer, ERG mode does this for you.',
  'Fuel easy rides too. Riding longer than 90 minutes without eating turns an easy day into a hard one for the next session.',
];
const nP4 = [
  j(
    'For most amateur riders with six to eight hours a week, our plans put roughly three quarters of the time in zone 2 and below.',
    'That sounds like a lot. In practice it means two or three steady rides and one long weekend ride, with the hard intervals',
    'kept short and sharp.',
  ),
  j(
    'Give it eight weeks before judging it. The first sign is usually not a faster time but a lower heart rate at the same power,',
    'which is the quiet proof that the engine is growing.',
  ),
];
const nBody = [nDek, ...nP0, ...nP1, ...nP2, nQuote, ...nP3, ...nL3, ...nP4];
const nNav = ['Shop', 'Trainers', 'Training plans', 'Journal', 'Support'];
const nKeep = ['How to structure an indoor winter', 'The sweet spot debate, settled (mostly)', 'Cadence drills for smoother pedalling'];
const nFoot = ['About Tidewheel', 'Careers', 'Warranty', 'Shipping & returns', 'Privacy policy', 'Cookie settings', 'Accessibility'];
const css = (m: string, c: string): string => `${m}_${c}__${(m.length * 7919 + c.length * 104729).toString(36).slice(0, 5)}`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Tidewheel Journal</title><meta name="description" content="${nDek}"/>
<meta property="og:title" content="${nTitle}"/><meta property="og:type" content="article"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/a93f21c0d8.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a93f21c0d8.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person",
"name":"Sol Amadi"},"datePublished":"2026-01-21","publisher":{"@type":"Organization","name":"Tidewheel"}}</script>
<script src="/_next/static/chunks/webpack-7c1f.js" defer=""></script><script src="/_next/static/chunks/pages/journal/[slug]-3be0.js" defer=""></script>
</head><body><div id="__next"><div class="${css('PromoBar', 'bar')}"><p>Free delivery on trainers until 31 January</p></div>
<header class="${css('Header', 'header')}"><a class="${css('Header', 'skip')}" href="#main">Skip to main content</a><a href="/" aria-label="Tidewheel home"
class="${css('Header', 'logo')}"><svg viewBox="0 0 120 24" aria-hidden="true"></svg></a><nav class="${css('Nav', 'nav')}" aria-label="Main">
<ul class="${css('Nav', 'list')}">${links(nNav, css('Nav', 'item'))}</ul></nav><div class="${css('Header', 'actions')}"><a href="/account"
class="${css('Header', 'account')}">Account</a><button class="${css('Header', 'cart')}" aria-label="Basket, 0 items">Basket</button></div></header>
<main id="main" class="${css('ArticlePage', 'main')}"><article class="${css('ArticlePage', 'article')}">
<header class="${css('ArticleHero', 'hero')}"><a class="${css('ArticleHero', 'category')}" href="/journal/training">Training</a>
<h1 class="${css('ArticleHero', 'title')}">${nTitle}</h1><p class="${css('ArticleHero', 'dek')}">${nDek}</p>
<div class="${css('ArticleHero', 'meta')}"><span class="${css('Byline', 'author')}">Words by Sol Amadi</span><span class="${css('Byline', 'dot')}"
aria-hidden="true">·</span><time dateTime="2026-01-21" class="${css('Byline', 'date')}">21 January 2026</time><span class="${css('Byline', 'dot')}"
aria-hidden="true">·</span><span class="${css('Byline', 'readTime')}">7 min read</span></div>
<figure class="${css('ArticleHero', 'figure')}"><span style="box-sizing:border-box;display:block;overflow:hidden"><img alt="A rider on a trainer in a garage"
src="/_next/image?url=%2Fjournal%2Fzone2.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="responsive"/></span>
<figcaption class="${css('Figure', 'caption')}">Long, steady sessions on the trainer are where most of the base is built.
<span class="${css('Figure', 'credit')}">Photo: Ruairi Brenn</span></figcaption></figure></header>
<div class="${css('RichText', 'body')}">
${ps(nP0)}
<h2>${nH[0] ?? ''}</h2>
${ps(nP1)}
<aside class="${css('InlinePromo', 'promo')}"><p><strong>Read more:</strong> <a href="/journal/ftp-test">How to run an FTP test at home, and what to do
with the number</a></p></aside>
<h2>${nH[1] ?? ''}</h2>
${ps(nP2)}
<figure class="${css('PullQuote', 'quote')}"><blockquote><p>${nQuote}</p></blockquote><figcaption>${nQuoteBy}</figcaption></figure>
<h2>${nH[2] ?? ''}</h2>
${ps(nP3)}
<ol>${nL3.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="${css('ProductCard', 'card')}"><img alt="" src="/_next/image?url=%2Fproducts%2Fcurrent-x.png&amp;w=256&amp;q=75"/><div><p
class="${css('ProductCard', 'name')}">Tidewheel Current X smart trainer</p><p class="${css('ProductCard', 'price')}">£899</p><a
class="${css('ProductCard', 'cta')}" href="/shop/current-x">Shop now</a></div></div>
<h2>${nH[3] ?? ''}</h2>
${ps(nP4)}
</div>
<div class="${css('ShareBar', 'bar')}"><span>Share</span><a href="#" aria-label="Share on X">Post</a><a href="#">WhatsApp</a><button type="button">Copy
link</button></div></article>
<section class="${css('KeepReading', 'section')}"><h2 class="${css('KeepReading', 'heading')}">Keep reading</h2><div class="${css('KeepReading', 'grid')}">
${nKeep.map((t) => `<a class="${css('Card', 'card')}" href="/journal/x"><span class="${css('Card', 'tag')}">Training</span><h3>${t}</h3></a>`).join('\n')}
</div></section>
<section class="${css('Newsletter', 'section')}"><h2>Training notes, once a fortnight</h2><p>Plans, coaching advice and early access to new
sessions.</p><form><label for="nl-email" class="${css('Newsletter', 'label')}">Email address</label><input id="nl-email" type="email"/><button
type="submit">Sign up</button></form></section></main>
<footer class="${css('Footer', 'footer')}"><ul class="${css('Footer', 'links')}">${links(nFoot)}</ul><p class="${css('Footer', 'legal')}">© 2026 Tidewheel
Cycling Ltd</p></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotCookiebotDialogActive" data-template="popup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to
personalise content and ads, to provide social media features and to analyse our traffic.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button
id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow
all</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"zone-2-explained","title":"${nTitle}",
"author":"Sol Amadi","readTime":7}},"__N_SSG":true},"page":"/journal/[slug]","query":{"slug":"zone-2-explained"},"buildId":"h7Qm2pXc","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const nextJournal: TestPage = {
  name: 'heldout322-nextjs-brand-journal',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts(nBody),
  bylines: ['Words by Sol Amadi', '21 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free delivery on trainers until 31 January', 'Skip to main content', ...nNav, 'Account', 'Basket', 'Training', '7 min read',
    'Long, steady sessions on the trainer are where most of the base is built.', 'Photo: Ruairi Brenn',
    'Read more: How to run an FTP test at home, and what to do with the number', nQuoteBy, 'Tidewheel Current X smart trainer', '£899', 'Shop now',
    'Share', 'Post', 'WhatsApp', 'Copy link', 'Keep reading', ...nKeep, 'Training notes, once a fortnight',
    'Plans, coaching advice and early access to new sessions.', 'Email address', 'Sign up', ...nFoot, '© 2026 Tidewheel Cycling Ltd',
    'This website uses cookies', 'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
    'Deny', 'Customize', 'Allow all',
  ],
};
