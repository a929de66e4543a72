import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file a2: a paid post on an Arc XP (Fusion) news site, as its brand studio publishes it (the "Sponsored
 * content" label and "Paid post" badge with the sponsor's logo, the disclosure paragraph at the top of the article body, the
 * "From our sponsor" byline, a hidden mobile menu, a sponsor's call-to-action box inside the body, "More from Herald Brand
 * Studio" cards, the newsletter sign-up and the site footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const pTitle = 'The quiet winter: what three families learned after switching to a heat pump';
const pDek = paras(`
Rising energy bills pushed them to try something new. A year on, here is what surprised them.`);
const pP1 = paras(`
When the Okafor family's gas boiler failed in the middle of a cold snap two winters ago, they faced a choice they had been
putting off for years. Replace it with another boiler, or try the heat pump a neighbour kept talking about.

"We were nervous," says Adaeze Okafor, who lives with her husband and two teenage sons in a 1960s semi-detached house on the
edge of Marlow Vale. "Everyone has a story about a friend whose house never got warm." They went ahead anyway, and after a
full year she says the house is more comfortable than it has ever been.`);
const pH1 = 'Lower, steadier heat';
const pP2 = paras(`
The biggest change, all three families say, is not the temperature but the way the heat arrives. A boiler heats radiators
quickly for a few hours in the morning and evening. A heat pump runs for longer at a lower temperature, so rooms stay at an
even warmth through the day.

"It took a couple of weeks to stop fiddling with the thermostat," says Joel Braddock, a retired teacher who had a unit fitted
in his bungalow last autumn. "Once I left it alone, it was just warm. I don't think about heating anymore."`);
const pH2 = 'Getting the installation right';
const pP3 = paras(`
Installers say the most important step happens before any equipment arrives. A proper heat-loss survey works out how much heat
each room needs, and whether any radiators have to be replaced with larger ones. Skipping that survey is the most common reason
systems disappoint.

The families we spoke to each had two or three radiators changed, and the Braddocks added loft insulation at the same time.
None of them needed underfloor heating or new pipework throughout.`);
const pList = [
  'Ask for a room-by-room heat-loss calculation, not a quote based on the size of the house.',
  'Check which radiators will be replaced and where the outdoor unit will sit.',
  'Find out what grants are available in your area before you sign anything.',
];
const pH3 = 'What about the bills?';
const pP4 = paras(`
Running costs depend on the price of electricity, the tariff and how well the home is insulated. The Okafors moved to a tariff
designed for heat pumps and say their annual energy spending fell by about a fifth. The third family, the Lindqvists, say their
bills are roughly the same as before, but they no longer pay for a gas connection or an annual boiler service.

"It was not a money-saving project for us," says Karin Lindqvist. "It was about not burning gas in the house where our kids
sleep. The fact that it costs about the same is a bonus."`);
const pDisclosure =
  'This content is paid for by an advertiser and published by Herald Brand Studio. The Capital Herald newsroom was not involved in its creation.';
const pNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const pMore = ['Five questions to ask before you insulate your loft', 'How one small town built its own solar farm', 'The return of the repair shop'];
const pFoot = [
  'About The Herald',
  'Contact the Newsroom',
  'Careers',
  'Advertise',
  'Newspaper Delivery Service',
  'Terms of Use',
  'Privacy Policy',
  'Your Privacy Choices',
  'Accessibility Statement',
];
const pNews = ['The Morning Brief', 'Get the day’s top stories delivered to your inbox every weekday.', 'Sign up'];
const pCta = paras(`
Thinking about a heat pump?

Ostara Home Energy offers free heat-loss surveys across the region.`);
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${pTitle} - The Capital Herald</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex, nofollow">
<meta property="og:title" content="${pTitle}"><meta property="og:description" content="${pDek[0]}"><meta name="article:content_tier" content="free">
<meta name="keywords" content="brand-studio,sponsor-ostara">
<link rel="canonical" href="https://www.capitalherald.example/creativegroup/ostara/quiet-winter-heat-pump/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"AdvertiserContentArticle","headline":"${pTitle}",
"datePublished":"2025-02-03T14:00:00.000Z","author":{"@type":"Organization","name":"Herald Brand Studio"},"sponsor":{"@type":"Organization",
"name":"Ostara Home Energy"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="capitalherald";Fusion.contextPath="/pf";
Fusion.deployment="1184";Fusion.globalContent={"type":"story","subtype":"paid-post","label":{"sponsored":{"text":"Paid post","display":true}}};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=1184"></head>
<body><div id="fusion-app" class="layout"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" data-qa="site-header"><nav aria-label="Sections" data-qa="sc-section-menu">
<button class="nav-toggle" aria-expanded="false">Sections</button>
<div class="hamburger-menu" hidden><ul class="section-list">${links(pNav, 'section-item')}</ul></div>
<a class="masthead" href="https://www.capitalherald.example/" aria-label="The Capital Herald homepage">The Capital Herald</a>
<div class="header-actions"><a class="subscribe-btn" data-qa="sc-subscribe-button" href="/subscribe/">Subscribe</a>
<a class="sign-in" href="/login/">Sign in</a></div>
</nav></header>
<main id="main-content" class="paid-post-layout"><article data-qa="main" class="article paid-post">
<div class="brand-studio-header" data-qa="brand-studio-header"><span class="label label-sponsored" data-qa="label">Sponsored content</span>
<div class="sponsor-logo"><span class="paid-post-badge">Paid post</span><span class="presented-by">Presented by</span>
<img alt="Ostara Home Energy" src="https://www.capitalherald.example/resizer/ostara-logo.png" width="120" height="40"></div></div>
<h1 data-qa="headline" class="headline">${pTitle}</h1><h2 data-qa="subheadline" class="subheadline">${pDek[0]}</h2>
<div class="byline-wrapper" data-qa="attribution"><span class="byline" data-qa="author-name">From our sponsor</span>
<span class="display-date" data-qa="display-date">February 3, 2025 at 9:00 a.m. EST</span></div>
<figure class="lead-art"><img alt="A heat pump unit outside a brick house in winter" src="https://www.capitalherald.example/resizer/heat-pump.jpg"
width="1440" height="960">
<figcaption data-qa="caption">The Okafors' heat pump sits on a concrete pad beside their kitchen wall. (Ostara Home Energy)</figcaption></figure>
<div class="article-body" data-qa="article-body">
<p class="disclosure" data-el="text" data-qa="paid-post-disclosure"><i>${pDisclosure}</i></p>
${ps(pP1, ' data-el="text" class="font-copy"')}
<h2 data-el="text" class="font-headline">${pH1}</h2>
${ps(pP2, ' data-el="text" class="font-copy"')}
<h2 data-el="text" class="font-headline">${pH2}</h2>
${ps(pP3, ' data-el="text" class="font-copy"')}
<ul class="list-bulleted" data-el="list">${pList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="sponsor-cta" data-qa="interstitial-link"><h3>${pCta[0]}</h3><p>${pCta[1]}</p>
<a class="cta-button" href="https://ostara.example/survey">Book your survey</a></div>
<h2 data-el="text" class="font-headline">${pH3}</h2>
${ps(pP4, ' data-el="text" class="font-copy"')}
</div>
<div class="share-bar" data-qa="share-bar"><button aria-label="Share" data-qa="share-button">Share</button>
<button data-qa="gift-button">Gift article</button></div>
</article>
<section class="brand-studio-more" data-qa="more-from"><h2>More from Herald Brand Studio</h2><ul>${links(pMore, 'card')}</ul></section>
<section class="newsletter-module" data-qa="newsletter-signup"><h2>${pNews[0]}</h2><p>${pNews[1]}</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">${pNews[2]}</button></form></section></main>
<footer class="site-footer" data-qa="footer"><ul class="footer-links">${links(pFoot, 'footer-link')}</ul>
<p class="copyright">© 1996-2025 The Capital Herald</p></footer></div>
<script src="/pf/dist/engine/react.js?d=1184" defer></script><script>Fusion.hydrate&&Fusion.hydrate();</script></body></html>`;
export const paidPost: TestPage = {
  name: 'heldout104-arcxp-paid-post',
  kind: 'news',
  html: pHtml,
  // the subheadline is body; the "Sponsored content" / "Paid post" labels and the disclosure paragraph at the top of the
  // body are furniture, as is the sponsor's call-to-action box inside the body; "From our sponsor" is the byline
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([...pDek, ...pP1, ...pP2, ...pP3, ...pList, ...pP4]),
  bylines: ['From our sponsor', 'February 3, 2025 at 9:00 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', ...pNav, 'The Capital Herald', 'Subscribe', 'Sign in', 'Sponsored content', 'Paid post', 'Presented by',
    "The Okafors' heat pump sits on a concrete pad beside their kitchen wall. (Ostara Home Energy)", pDisclosure, ...pCta, 'Book your survey', 'Share',
    'Gift article', 'More from Herald Brand Studio', ...pMore, ...pNews, 'Email address', ...pFoot, '© 1996-2025 The Capital Herald',
  ],
};
