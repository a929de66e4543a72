import { links, type TestPage, texts } from './page-kit.js';
import { cbsArticle } from './pages-heldout65-a2.js';

/**
 * Held-out batch 65, file a: an NBC News article on its own Next.js template (the sign-in strip, navbar with its sections
 * menu, the unibrow, headline and dek, the hero image with caption and source, "Listen to this article", the date and
 * inline byline, the share menu and Save button, the body with a dateline, an inline image and a "Related" card, the
 * "contributed" line, the expanded byline with the reporter's bio, "Recommended" and "Sponsored Stories" rails, the
 * OneTrust consent banner, the footer, and the __NEXT_DATA__ and analytics scripts).
 */
const nbTitle = 'Rural hospitals are sharing surgeons to keep their operating rooms open';
const nbDek =
  'In western Kansas, four small hospitals now split the schedules of three general surgeons who drive hundreds of miles a week. ' +
  'Administrators say it’s working — for now.';
const nbBody1 = [
  'CALDER, Kan. — Dr. Marisol Okafor keeps a duffel bag in the back seat of her pickup with three days of scrubs, a phone charger ' +
    'and a paperback she has been trying to finish since August.',
  'On Mondays she operates in Calder. On Tuesdays and Wednesdays she is 140 miles west in Sheridan Falls, and by Thursday she is ' +
    'back on the highway toward two smaller towns near the Colorado line. She is one of three general surgeons who now cover four ' +
    'hospitals under an arrangement the hospitals call a “surgical circuit.”',
  '“I tell people I have four operating rooms and no office,” Okafor said between cases last week. “The car is the office.”',
  'The circuit began in 2023, when the last full-time surgeon at Sheridan Falls Memorial retired and the hospital spent 14 months ' +
    'trying to replace him. Without a surgeon, it could not deliver babies by cesarean section, remove an inflamed appendix or ' +
    'treat many of the farm injuries that arrive in its emergency room during harvest.',
  'Instead of competing for the same small pool of doctors, the four hospitals pooled their budgets, hired the surgeons together ' +
    'and built a shared schedule. Each hospital pays a share of the salaries based on how many operating days it gets, and a ' +
    'coordinator in Calder keeps the calendar.',
  'According to figures the hospitals shared with NBC News, the number of patients transferred to city hospitals for routine ' +
    'surgery fell by about 40% in the first full year. Operations performed locally rose from around 600 to more than 1,000.',
];
const nbBody2 = [
  'Researchers who study rural care say similar arrangements are spreading. A survey published this fall by the Center for Rural ' +
    'Care Access, a nonprofit research group, found 31 shared-surgeon agreements across 11 states, up from nine in 2021.',
  '“It’s a rational response to a real shortage,” said Dr. Alan Whitcomb, the group’s research director. “But it is also fragile. ' +
    'If one of those three surgeons leaves, the whole thing wobbles.”',
  'Administrators acknowledge that risk. The hospitals are trying to recruit a fourth surgeon and have started paying for ' +
    'residents from the University of Kansas to spend rotations on the circuit, in the hope that some will want to stay.',
  'There are also costs that don’t show up on a balance sheet. Okafor drives roughly 700 miles a week, often in the dark, and ' +
    'winter storms have twice forced her to cancel a full day of operations.',
  'Patients, for the most part, say the trade-off is worth it. Leon Brandt, a 67-year-old wheat farmer, had his gallbladder ' +
    'removed in Sheridan Falls in September instead of making a four-hour drive to Denver.',
  '“My wife could visit me on her lunch break,” he said. “That’s the whole difference.”',
];
const nbNav = ['Politics', 'U.S. News', 'World', 'Business', 'Health', 'Science', 'Sports', 'Tech & Media', 'Culture & Trends', 'NBC News Tips', 'Shopping'];
const nbShows = ['TODAY', 'Nightly News', 'Meet the Press', 'Dateline', 'NBC News NOW'];
const nbRecommended = [
  'Measles cases climb to a 30-year high as school exemptions rise',
  'Why ambulance deserts are growing across the Great Plains',
  'A Nebraska town lost its only pharmacy. Then the co-op stepped in.',
];
const nbSponsored = ['Seniors Are Switching To This Simple Phone Plan', 'The Backyard Gadget Everyone In Kansas Is Buying'];
const nbFoot = [
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
  'Select Personal Finance',
];
const nbRelated = 'Rural maternity wards are closing. Here’s how far women now drive to give birth.';
const nbHeroCap = 'Dr. Marisol Okafor scrubs in before a hernia repair at Sheridan Falls Memorial Hospital on Nov. 4.';
const nbInlineCap = 'The four hospitals on the circuit keep a shared calendar on a whiteboard in Calder.';
const nbBio = 'Dana Whitfield is a national reporter for NBC News, covering health care in rural America.';
const nbHtml = `<!DOCTYPE html>
<html lang="en" class="nbcnews"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${nbTitle}</title><meta name="description" content="In western Kansas, four small hospitals now split the schedules of three surgeons.">
<meta property="og:site_name" content="NBC News">
<link rel="canonical" href="https://www.nbcnews.com/health/health-news/rural-hospitals-sharing-surgeons-rcna241187">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nbTitle}",
"datePublished":"2025-11-12T10:00:00.000Z","author":[{"@type":"Person","name":"Dana Whitfield","url":"https://www.nbcnews.com/author/dana-whitfield-ncpn1304"}],
"publisher":{"@type":"Organization","name":"NBC News"},"articleSection":"Health News"}</script>
<style>.article-body__content p{margin-bottom:1.5rem}.hide-print{display:block}</style>
<script>window.__nbcnd={"vertical":"news","section":"health","subSection":"health-news","articleId":"rcna241187"};</script></head>
<body class="news"><div id="__next"><div class="globalContainer">
<div class="sign-in-strip dn-print"><button class="account-login" data-testid="account-login">Sign In</button>
<a class="create-profile" href="/account/create">Create your free profile</a></div>
<header class="navbar navbar--expanded" id="nav-bar" role="banner"><div class="navbar__container">
<a class="navbar-logo" href="https://www.nbcnews.com" aria-label="NBC News Logo"><span class="icon icon-nbcnews-logo"></span></a>
<nav class="navbar-menu" aria-label="Main"><ul class="navbar-menu__list">${links(nbNav, 'navbar-menu__item')}</ul></nav>
<button class="navbar__hamburger" aria-label="Open menu" aria-expanded="false"><span>Sections</span></button>
<div class="navbar-menu--shows" hidden><ul>${links(nbShows)}</ul></div></div></header>
<div class="ad-container ad-container--boxinline" data-slot="topbanner"><div class="ad-label">Advertisement</div></div>
<main id="content" class="article layout-grid-container"><article class="article-body-wrapper" data-activity-map="article">
<section class="article-hero article-hero--default"><div class="article-hero__bg-container">
<div class="unibrow article-hero__unibrow"><a href="https://www.nbcnews.com/health/health-news" class="unibrow__text">Health news</a></div>
<h1 class="article-hero-headline__htag lh-none-print black-print article-hero-headline__htag--news">${nbTitle}</h1>
<div class="article-dek styles_dek__Vd5X6">${nbDek}</div></div>
<figure class="article-hero__main-image" data-test="article-hero__main-image"><picture>
<source media="(min-width: 1240px)" srcset="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-1240w/rcna241190.jpg">
<img src="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-760w/rcna241190.jpg" alt="A surgeon in blue scrubs washes her hands." loading="eager">
</picture><figcaption class="caption caption__container"><span class="caption__text">${nbHeroCap}</span>
<span class="caption__source">Kyle Mercer for NBC News</span></figcaption></figure></section>
<section class="mb7 article-body"><div class="article-body__section layout-grid-container article-body__section--hero-layout">
<div class="article-body__sidebar"><div class="social-share-menu social-share-menu--vertical" data-testid="social-share-menu">
<a href="https://www.facebook.com/sharer/sharer.php?u=" aria-label="share with facebook" target="_blank" rel="noopener noreferrer">
<span class="icon icon-facebook"></span></a>
<a href="https://twitter.com/intent/tweet?url=" aria-label="share with twitter"><span class="icon icon-twitter"></span></a>
<a href="mailto:?subject=" aria-label="share with email"><span class="icon icon-email"></span></a>
<a href="#print" aria-label="print"><span class="icon icon-print"></span></a></div>
<button class="save-button" data-testid="save-button" aria-label="Save this article"><span class="save-button__label">Save</span></button></div>
<div class="article-body__content">
<div class="article-audio-player dn-print" data-testid="audio-player"><button aria-label="Play audio">Listen to this article with a free account</button>
<span class="audio-player__time">00:00</span><span class="audio-player__time">00:00</span></div>
<div class="article-body__date-source"><time class="relative z-1" datetime="2025-11-12T10:00:00.000Z">Nov. 12, 2025, 5:00 AM EST</time></div>
<div class="article-inline-byline"><span class="byline-name">By <a href="https://www.nbcnews.com/author/dana-whitfield-ncpn1304">Dana Whitfield</a></span></div>
${nbBody1
  .slice(0, 3)
  .map((p) => `<p class="">${p}</p>`)
  .join('\n')}
<div class="inline-image article-body__inline-image"><figure class="inline-image__figure"><picture>
<img src="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-560w/rcna241193.jpg" alt="" loading="lazy"></picture>
<figcaption class="caption inline-image__caption"><span class="caption__text">${nbInlineCap}</span>
<span class="caption__source">Kyle Mercer for NBC News</span></figcaption></figure></div>
${nbBody1
  .slice(3)
  .map((p) => `<p class="">${p}</p>`)
  .join('\n')}
<div class="recommended-intersection-ref"></div>
<aside class="related-item related-item--inline dn-print" data-activity-map="inline-related"><div class="related-item__eyebrow">Related</div>
<div class="related-item__content"><a class="related-item__link" href="https://www.nbcnews.com/health/rural-maternity-wards-rcna198812">
<h3 class="related-item__title">${nbRelated}</h3></a></div></aside>
<div class="ad-container ad-container--boxinline" data-slot="boxinline"><div class="ad-label">Advertisement</div></div>
${nbBody2.map((p) => `<p class="">${p}</p>`).join('\n')}
<p class="endmark"><em>Sarah Lin contributed.</em></p>
</div></div>
<div class="expanded-byline-contributors articleBylineContainer"><div class="expanded-byline"><div class="expanded-byline__inner">
<div class="expanded-byline__image"><img src="https://media-cldnry.s-nbcnews.com/image/upload/t_focal-60x60/author-dana-whitfield.jpg" alt=""></div>
<div class="expanded-byline__text"><span class="byline-name"><a href="https://www.nbcnews.com/author/dana-whitfield-ncpn1304">Dana Whitfield</a></span>
<p class="expanded-byline__bio">${nbBio}</p><a class="byline-social--email" href="mailto:tips@nbcnews.com" aria-label="Email Dana Whitfield">
<span class="icon icon-email"></span></a></div></div></div></div></section></article>
<section class="recommended-list dn-print" data-activity-map="recommended"><h2 class="recommended-list__title">Recommended</h2>
<ul>${links(nbRecommended, 'recommended-list__item')}</ul></section>
<section class="taboola-below-article" id="taboola-below-article-thumbnails"><h2 class="tbl-header">Sponsored Stories</h2>
<ul>${links(nbSponsored, 'tbl-item')}</ul><a class="tbl-branding" href="https://popup.taboola.com/en/">Promoted links by Taboola</a></section></main>
<footer class="footer" role="contentinfo"><div class="footer__logo"><span class="icon icon-nbcnews-logo"></span></div>
<ul class="footer__list">${links(nbFoot, 'footer__list-item')}</ul><p class="footer__copyright">© 2025 NBCUniversal Media, LLC</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"rcna241187","headline":{"primary":"${nbTitle}"},
"ecommerceEnabled":false,"taxonomy":{"primaryVertical":{"name":"news"},"primarySection":{"name":"health"}}}}},"page":"/article","buildId":"b1f0c9"}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"event":"pageview","contentType":"article"});</script>
<noscript><img height="1" width="1" style="display:none" src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=6035083&amp;cv=3.6" alt=""></noscript>
</body></html>`;
const nbcArticle: TestPage = {
  html: nbHtml,
  name: 'heldout65-nbc-news-article',
  kind: 'news',
  // the dek is body (a standfirst, as earlier batches have it); the "CALDER, Kan. —" dateline opens the first paragraph and
  // stays in it (body); the article has no section headings. Bylines: the reporter's name (inline byline and again in the
  // expanded byline), the date, the italic "Sarah Lin contributed." line at the end and the reporter's bio under the
  // expanded byline (an author line, not article text). Furniture: both captions with their source, the unibrow, the
  // inline "Related" card, audio player, ad labels (once), the sign-in strip, navbar and shows menu, "Recommended",
  // Taboola's "Sponsored Stories", the consent banner and the footer ("Save", "Sections", "Health" and "Related" are not
  // words of the body: kept); the footer's "About" is a word of the body ("about 40%"): left out
  title: nbTitle,
  headings: [],
  body: [nbDek, ...texts(nbBody1), ...texts(nbBody2)],
  bylines: ['Dana Whitfield', 'Nov. 12, 2025, 5:00 AM EST', 'Sarah Lin contributed.', nbBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Create your free profile', ...nbNav, 'Sections', ...nbShows, 'Advertisement', 'Health news', nbHeroCap, 'Kyle Mercer for NBC News',
    'Save', 'Listen to this article with a free account', '00:00', nbInlineCap, 'Related', nbRelated, 'Recommended', ...nbRecommended,
    'Sponsored Stories', ...nbSponsored, 'Promoted links by Taboola', ...nbFoot.filter((t) => t !== 'About'), '© 2025 NBCUniversal Media, LLC',
    'We and our partners use cookies and similar technologies to personalize content and ads and to analyze our traffic.',
    'Manage Preferences', 'Accept All Cookies',
  ],
};

export const HELDOUT65_A: readonly TestPage[] = [nbcArticle, cbsArticle];
