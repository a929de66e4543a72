import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 78, file d2: an NBC News story republished from a partner newsroom (the Next.js header with "Sign In" and the
 * sections menu, the unibrow over the headline, the dek, the hero image caption with its source, the inline byline with the
 * partner's name, the timestamp, the share row with "Copy link" and "Save", the newsletter sign-up with its reCAPTCHA line, a
 * "Recommended" box whose list items hold headings, the italic "This article was originally published by ..." note at the end
 * of the text, the author's bio, Taboola's "Sponsored Stories" and the footer).
 */
const nbcTitle = 'Rural hospitals are training their own nurses as staffing gaps widen';
const nbcDek = 'With traveling nurses costing up to three times as much as staff, small hospitals are paying local residents to study while they work.';
const nbc1 = [
  'When Brookhaven Memorial Hospital lost four of its 22 registered nurses in a single month last year, its chief nursing officer, Dana ' +
    'Ruelas, did the math on traveling nurses and decided there had to be another way.',
  '“We were paying agency rates that were nearly triple what our own staff earned, and those nurses were gone in 13 weeks,” Ruelas said. ' +
    '“Every time, we started over.”',
  'So the 25-bed hospital in Colter County started what it calls a grow-your-own program: It pays local residents, many of them already ' +
    'working as aides or in housekeeping, to study for a nursing degree at a community college 40 miles away while keeping their jobs and ' +
    'benefits.',
  'In exchange, graduates agree to work at the hospital for three years.',
];
const nbcH1 = 'A model spreading across the region';
const nbc2 = [
  'Brookhaven is one of at least 30 rural hospitals across four states that have started similar apprenticeship programs in the past two ' +
    'years, according to a tally by the Rural Hospital Workforce Alliance, a trade group.',
  'Some partner with community colleges to run evening classes at the hospital itself. Others cover tuition and child care, or offer ' +
    'housing to students who would otherwise have to move to attend school.',
  'The programs are not cheap. Brookhaven spends about $38,000 per student over two years, including wages for hours spent in class. But ' +
    'Ruelas said the hospital has already cut its agency spending by more than half since the first group graduated in May.',
  'Experts say the approach makes sense in communities where people tend to stay. “Someone who grew up in the county, whose kids are in ' +
    'the school there, is much more likely to still be working there in five years,” said Marisol Grady, who studies the rural health ' +
    'workforce at a state university.',
];
const nbcH2 = '‘I never thought this was possible for me’';
const nbc3 = [
  'For Keisha Doyle, 41, the program turned a job she had held for a decade into a career. She worked as a certified nursing assistant at ' +
    'Brookhaven before enrolling and graduated in the spring as a registered nurse.',
  '“I have three kids. I couldn’t quit work and go back to school full time,” she said. “This was the only way I could have done it, and I ' +
    'never thought this was possible for me.”',
  'Not every program has gone smoothly. Two hospitals in the alliance’s survey reported that nearly a third of their students dropped out ' +
    'in the first year, often because of the cost of gas and child care on top of long shifts.',
  'Ruelas said her hospital now checks in with students every week and keeps a small emergency fund for car repairs. “If the car breaks ' +
    'down, the degree breaks down,” she said.',
];
const nbcNote = 'This article was originally published by The Prairie Health Desk, a nonprofit newsroom covering health in rural America.';
const nbcNav = ['Politics', 'U.S. News', 'World', 'Business', 'Health', 'Science', 'Culture & Trends', 'Sports', 'Investigations', 'Tech'];
const nbcCaption = 'A nursing student practices taking blood pressure during an evening class at Brookhaven Memorial Hospital.';
const nbcNews = {
  title: 'Morning Rundown',
  text: 'Start your day with the stories you need to know, sent to your inbox every weekday.',
  fine: 'This site is protected by reCAPTCHA Privacy Policy | Terms of Service',
};
const nbcRec = [
  { brow: 'Rural health', title: 'Hospitals in small towns are closing maternity wards. Here’s what happens next.' },
  { brow: 'Health care', title: 'Traveling nurse pay is falling, but rural hospitals still can’t compete' },
];
const nbcBio = 'Lena Whitcomb is a reporter for The Prairie Health Desk covering hospitals and the health care workforce in the Plains states.';
const nbcSponsored = ['Retirees are rethinking where to live. These towns top the list.', 'The one kitchen tool chefs say is worth the money'];
const nbcFoot = [
  'About',
  'Contact',
  'Help',
  'Careers',
  'Ad Choices',
  'Privacy Policy',
  'Your Privacy Choices',
  'CA Notice',
  'Terms of Service',
  'NBC News Sitemap',
  'Closed Captioning',
  'Advertise',
  'Select Shopping',
];
const nbcP = (a: readonly string[]): string => a.map((p) => `<p class="">${p}</p>`).join('\n');
const nbcAd = `<div class="ad-container mps-slot" data-mps-slot="boxinline"><div class="ad-container__label">Advertisement</div></div>`;
const nbcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nbcTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${nbcDek}"><meta property="og:site_name" content="NBC News"><meta property="og:type" content="article">
<meta name="branch" content="news"><link rel="canonical" href="https://www.nbcnews.com/health/health-news/rural-hospitals-training-own-nurses-rcna241187">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nbcTitle}","datePublished":"2025-11-03T19:22:00.000Z",
"author":[{"@type":"Person","name":"Lena Whitcomb"}],"publisher":{"@type":"NewsMediaOrganization","name":"NBC News"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"initialState":{"article":{"current":{"id":"rcna241187","ecommerceEnabled":false}}}},
"page":"/article"}</script>
<link rel="stylesheet" href="https://nodeassets.nbcnews.com/_next/static/css/a3c7e01.css"></head>
<body class="news"><div id="__next"><div class="layout-container">
<a href="#content" class="skip-link">Skip to main content</a>
<header class="navbar" data-testid="navbar"><div class="navbar__wrapper"><a href="/" class="navbar__logo"><span class="sr-only">NBC News Logo</span></a>
<nav class="navbar__sections" aria-label="Sections"><ul>${links(nbcNav, 'navbar__section')}</ul></nav>
<div class="navbar__right"><button type="button" class="account-login">Sign In</button><button type="button" class="navbar__menu">Sections</button></div>
</div></header>
<main id="content"><article class="article styles_article__Q8gLk">
<section class="article-hero"><div class="unibrow articleTitleSection"><a href="/health/health-news">Health news</a></div>
<h1 class="article-hero-headline__htag lh-none-print black-print">${nbcTitle}</h1>
<div class="styles_articleDek__Icz5H"><h2>${nbcDek}</h2></div>
<figure class="article-hero__main-image"><img src="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-760w/rural-nursing-class.jpg" alt="Nursing class">
<figcaption class="caption__container">${nbcCaption} <span class="caption__source">Courtesy Brookhaven Memorial Hospital</span></figcaption></figure></section>
<section class="article-body"><div class="article-body__section layout-grid-container">
<div class="article-inline-byline"><span class="byline-name">By <a href="/author/lena-whitcomb-ncpn2401">Lena Whitcomb</a>, The Prairie Health
Desk</span></div>
<div class="article-body__date-source"><time class="relative z-1" datetime="2025-11-03T19:22:00.000Z">Nov. 3, 2025, 2:22 PM EST</time></div>
<div class="article-social-share-top"><button type="button" aria-label="Share on Facebook"></button><button type="button" aria-label="Share on X"></button>
<button type="button" class="copy-link">Copy link</button><button type="button" class="save-button">Save</button></div>
<div class="article-body__content">
${nbcP(nbc1)}
${nbcAd}
<h2>${nbcH1}</h2>
${nbcP(nbc2.slice(0, 3))}
<aside class="recommended-intext" data-testid="recommended-intext"><h3 class="recommended-intext__title">Recommended</h3><ul>
${nbcRec
  .map(
    (r) => `<li class="recommended-intext__item"><a href="/health/${r.brow.toLowerCase().replace(' ', '-')}/rcna2">
<span class="recommended-intext__unibrow">${r.brow}</span><h3 class="recommended-intext__headline">${r.title}</h3></a></li>`,
  )
  .join('\n')}</ul></aside>
${nbcP(nbc2.slice(3))}
<div class="newsletter-signup-inline"><h3 class="newsletter-signup-inline__title">${nbcNews.title}</h3><p>${nbcNews.text}</p>
<form><input type="email" placeholder="Enter your email" aria-label="Email address"><button type="submit">Sign Up</button></form>
<p class="newsletter-signup-inline__legal">This site is protected by reCAPTCHA <a href="https://policies.google.com/privacy">Privacy Policy</a> |
<a href="https://policies.google.com/terms">Terms of Service</a></p></div>
<h2>${nbcH2}</h2>
${nbcP(nbc3.slice(0, 2))}
${nbcAd}
${nbcP(nbc3.slice(2))}
<p class=""><em>This article was originally published by <a href="https://prairiehealthdesk.org">The Prairie Health Desk</a>, a nonprofit newsroom
covering health in rural America.</em></p>
</div>
<div class="expanded-byline-contributors"><div class="expanded-byline"><span class="byline-name">Lena Whitcomb</span>
<p class="expanded-byline__bio">${nbcBio}</p></div></div></div></section>
<section class="taboola-sponsored"><h2>Sponsored Stories</h2><ul>${links(nbcSponsored)}</ul><span class="trc_attribution">by Taboola</span></section>
</article></main>
<footer class="footer"><ul class="footer__links">${links(nbcFoot)}</ul><p class="footer__copyright">© 2025 NBCUniversal Media, LLC</p></footer>
</div></div><script src="https://nodeassets.nbcnews.com/_next/static/chunks/main-9f1e.js" defer></script></body></html>`;
export const nbcNewsStory: TestPage = {
  html: nbcHtml,
  name: 'heldout78-nbc-news-news',
  kind: 'news',
  // the dek is body; "By Lena Whitcomb, The Prairie Health Desk", her name on the bio and the timestamp are bylines; the italic
  // "originally published" note at the end of the text is a provenance notice, not story text: furniture, like the bio, the
  // unibrow, caption and its source, share row, ad labels, the "Recommended" box (its headlines are <h3>s inside list items), the
  // newsletter box, "Sponsored Stories" and the footer
  title: nbcTitle,
  headings: [nbcH1, nbcH2],
  body: [nbcDek, ...nbc1, ...nbc2, ...nbc3],
  bylines: ['By Lena Whitcomb, The Prairie Health Desk', 'Lena Whitcomb', 'Nov. 3, 2025, 2:22 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'NBC News Logo', ...nbcNav, 'Sign In', 'Sections', 'Health news', nbcCaption, 'Courtesy Brookhaven Memorial Hospital',
    'Copy link', 'Save', 'Advertisement', 'Recommended', ...nbcRec.flatMap((r) => [r.brow, r.title]), nbcNews.title, nbcNews.text, 'Sign Up',
    nbcNews.fine, nbcNote, nbcBio, 'Sponsored Stories', ...nbcSponsored, 'by Taboola', ...nbcFoot, '© 2025 NBCUniversal Media, LLC',
  ],
};
