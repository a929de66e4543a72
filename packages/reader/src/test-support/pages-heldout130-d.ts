import { links, type TestPage, texts } from './page-kit.js';
import { newsweek } from './pages-heldout130-d2.js';

/**
 * Held-out batch 130, file d: a TIME story (the header with "Subscribe" and the hidden section drawer, the section eyebrow,
 * the headline, the lowercase "by" byline and timestamp, the share buttons, the lead photo with caption and credit,
 * "Read More:" paragraphs and an advertisement slot inside the body, a subhead, the in-article "Get The Brief" sign-up
 * with its hidden thank-you text, the "Write to" contact line, "More Must-Reads from TIME", "Contact us at" and the
 * footer with its legal text) and, from file d2, a Newsweek story.
 */
const tmTitle = 'The Last Coal Plant in Ashbury County Is Closing. The Town Isn’t Ready';
const tmP1 = [
  'For 53 years, the twin smokestacks of the Redfern Generating Station have been the tallest thing in Ashbury County. You can ' +
    'see them from the interstate, from the high-school football field, and from almost every kitchen window in the town of ' +
    'Millbrook, where about a third of the 4,000 residents have worked at the plant or know someone who has.',
  'In June, the stacks will go cold. The utility that owns Redfern, Tri-State Northern Power, says the plant can no longer ' +
    'compete with cheaper wind and gas, and that keeping it running would add $40 million a year to customers’ bills.',
  '<strong>Read More: </strong><a href="https://time.com/6981234/coal-towns-energy-transition/">What Happens to a Coal Town When the Coal Is Gone</a>',
  'The closure is a small part of a national story. Coal generated less than a sixth of the country’s electricity last year, ' +
    'and dozens of plants are scheduled to retire by the end of the decade. But for Millbrook, it is the only story.',
];
const tmH1 = 'A budget built on one taxpayer';
const tmP2 = [
  'The plant pays about 62% of the property taxes that fund Millbrook’s schools, according to county records. When it closes, ' +
    'the school district expects to lose $5.7 million a year, roughly a quarter of its budget.',
  '“We have known this was coming for ten years, and we did not do enough with those ten years,” says Carla Wendt-Ibarra, the ' +
    'superintendent. “Now we are talking about closing an elementary school and cutting bus routes, and parents are furious.”',
  'State lawmakers passed a transition fund in 2023 meant to cushion towns like Millbrook, but it pays out over five years and ' +
    'covers only part of the lost revenue. A plan to build a solar farm on the plant’s coal ash site is tied up in permitting.',
  '<strong>Read More: </strong><a href="https://time.com/6954410/solar-farms-on-old-coal-sites/">Why Old Coal Sites Are Becoming Solar Farms</a>',
  'For the plant’s 140 remaining workers, the utility has offered severance, retraining, and transfers to other facilities, most ' +
    'of them hours away. Dale Prewitt, a control-room operator who started at Redfern when he was 19, says he will probably ' +
    'take early retirement. “I’m 58,” he says. “Nobody is going to retrain me to write code.”',
  'Not everyone is pessimistic. Millbrook’s mayor, Joanne Sutter-Kane, points out that the plant’s transmission lines and rail ' +
    'spur make the site attractive to manufacturers, and says two companies have already visited. “This town was built around ' +
    'power,” she says. “There’s no reason it can’t be built around something else.”',
  'On a gray afternoon in February, a group of retired workers gathered at the VFW hall across the road from the plant, as they ' +
    'do most weeks. They talked about the stacks, and whether the utility would knock them down. Most of them hoped it would not. ' +
    '“It’d be like taking down the water tower,” one said. “You’d never know where you were.”',
];
const tmNav = ['Subscribe', 'Search', 'Sections'];
const tmDrawer = ['Home', 'U.S.', 'Politics', 'World', 'Health', 'Climate', 'Business', 'Tech', 'Entertainment', 'Ideas', 'Science', 'History', 'Magazine'];
const tmShare = ['Share on Facebook', 'Share on X', 'Share via email', 'Copy link'];
const tmCaption = 'The Redfern Generating Station outside Millbrook, on Feb. 11, 2025.';
const tmCredit = 'Ellis Marchetti for TIME';
const tmBrief = ['Get The Brief.', 'Sign up to receive the top stories you need to know right now.', 'Enter your email address', 'Sign Up Now'];
const tmThanks = 'Thank you! Check your inbox to confirm your subscription.';
const tmMust = [
  'The Workers Building America’s Battery Factories',
  'Inside the Race to Save the Great Lakes Ice',
  'Why Heat Pumps Are Finally Catching On',
  'The Towns That Said No to Data Centers',
  'How Rural Hospitals Are Fighting to Survive',
];
const tmFoot = [
  'About Us',
  'Careers',
  'Press Room',
  'TIME Store',
  'TIME Licensing and Reprints',
  'Customer Service',
  'Help',
  'Privacy Policy',
  'Terms of Use',
  'Your California Privacy Rights',
  'Your Privacy Choices',
  'Site Map',
  'Advertising',
];
const tmLegal =
  '© 2025 TIME USA, LLC. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Service, Privacy Policy and Do Not Sell or ' +
  'Share My Personal Information.';
const tmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Last Coal Plant in Ashbury County Is Closing. The Town Isn’t Ready | TIME</title>
<meta name="description" content="When the Redfern Generating Station shuts in June, Millbrook will lose its biggest taxpayer.">
<meta property="og:title" content="${tmTitle}"><meta property="og:site_name" content="TIME"><meta property="og:type" content="article">
<meta name="author" content="Nadia Ferrante-Obi"><meta property="article:section" content="Climate">
<link rel="canonical" href="https://time.com/7261547/coal-plant-closing-ashbury-county/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tmTitle}","datePublished":"2025-03-03T12:00:00Z",
"author":[{"@type":"Person","name":"Nadia Ferrante-Obi","url":"https://time.com/author/nadia-ferrante-obi/"}],"articleSection":"Climate",
"publisher":{"@type":"Organization","name":"TIME","logo":{"@type":"ImageObject","url":"https://time.com/img/logo.png"}}}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || []; window.TIME = {"pageType":"article","id":7261547};</script>
<link rel="stylesheet" href="https://time.com/_next/static/css/91fa2c4d0e1b.css"></head>
<body class="article-page"><div id="__next"><a href="#main" class="skip-link sr-only focus:not-sr-only">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><button class="site-header__menu" aria-controls="drawer">${tmNav[2]}</button>
<a href="/" class="site-header__logo" aria-label="TIME"></a><a class="site-header__subscribe" href="https://time.com/subscribe-header-time/">${tmNav[0]}</a>
<button class="site-header__search">${tmNav[1]}</button></div>
<nav id="drawer" class="drawer" aria-hidden="true" hidden><ul class="drawer__list">${links(tmDrawer, 'drawer__item')}</ul></nav></header>
<main id="main" class="article-main"><article class="article" data-id="7261547"><div class="article-header">
<a class="article-header__eyebrow section-tag" href="/section/climate/">Climate</a>
<h1 class="headline font-editorial">${tmTitle}</h1>
<div class="article-header__meta"><div class="byline"><span class="byline__prefix">by</span> <a class="byline__author" href="/author/nadia-ferrante-obi/">
Nadia Ferrante-Obi</a></div><time class="published-date" datetime="2025-03-03T12:00:00Z">March 3, 2025 7:00 AM ET</time></div>
<ul class="social-share">${tmShare
  .map(
    (t) => `<li><button class="social-share__btn" aria-label="${t}"><span
class="sr-only">${t}</span></button></li>`,
  )
  .join('')}</ul>
</div>
<figure class="article-lead-image"><img alt="Smokestacks of a coal plant behind a small town"
src="https://api.time.example/wp-content/uploads/2025/02/redfern.jpg">
<figcaption class="image-caption"><span class="image-caption__text">${tmCaption}</span> <span class="image-caption__credit">${tmCredit}</span></figcaption>
</figure>
<div id="article-body-main" class="article-body">
${tmP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-slot-container"><div class="ad-label">Advertisement</div><div id="ad-inline-1" class="ad-slot"></div></div>
<h2>${tmH1}</h2>
${tmP2
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="newsletter-signup in-article" data-newsletter="brief"><h3 class="newsletter-signup__title">${tmBrief[0]}</h3><p>${tmBrief[1]}</p>
<form><input type="email" aria-label="${tmBrief[2]}" placeholder="${tmBrief[2]}"><button type="submit">${tmBrief[3]}</button></form>
<p class="newsletter-signup__thanks hidden">${tmThanks}</p></div>
${tmP2
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p class="article-contact"><em>Write to Nadia Ferrante-Obi at <a href="mailto:nadia.ferrante-obi@time.com">nadia.ferrante-obi@time.com</a>.</em></p></div>
</article>
<section class="more-must-reads"><h2 class="more-must-reads__heading">More Must-Reads from TIME</h2><ul>
${tmMust.map((t) => `<li class="more-must-reads__item"><a href="/7261${t.length}/">${t}</a></li>`).join('\n')}</ul>
<p class="more-must-reads__contact">Contact us at <a href="mailto:letters@time.com">letters@time.com</a></p></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(tmFoot, 'site-footer__link')}</ul><p class="site-footer__legal">${tmLegal}</p></footer></div>
<script src="https://time.com/_next/static/chunks/pages/article-5d1e0b.js" defer></script></body></html>`;

const time: TestPage = {
  html: tmHtml,
  name: 'heldout130-time-news',
  kind: 'news',
  // "Read More:" paragraphs, the advertisement slot and the "Get The Brief" box inside the body are furniture; the
  // "Write to ... at ..." line is a byline
  title: tmTitle,
  headings: [tmH1],
  body: texts([tmP1[0] ?? '', tmP1[1] ?? '', tmP1[3] ?? '', ...tmP2.slice(0, 3), ...tmP2.slice(4)]),
  bylines: ['by Nadia Ferrante-Obi', 'March 3, 2025 7:00 AM ET', 'Write to Nadia Ferrante-Obi at nadia.ferrante-obi@time.com.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tmNav, ...tmDrawer, ...tmShare, tmCaption, tmCredit,
    'Read More: What Happens to a Coal Town When the Coal Is Gone', 'Advertisement', 'Read More: Why Old Coal Sites Are Becoming Solar Farms',
    ...tmBrief.filter((t) => t !== 'Enter your email address'), tmThanks, 'More Must-Reads from TIME', ...tmMust, 'Contact us at letters@time.com', ...tmFoot,
    tmLegal,
  ],
};

export const HELDOUT130_D: readonly TestPage[] = [time, newsweek];
