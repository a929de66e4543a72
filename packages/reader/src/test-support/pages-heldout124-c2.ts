import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file c2: a Reuters story (skip link, the professional-products strip, the header nav with "My News",
 * "Sign In" and "Register", the article's section tags above the headline, the author byline and the date line with
 * "Updated", the share buttons and "Purchase Licensing Rights", the lead image with caption and photographer, body
 * paragraphs as data-testid "paragraph-N" divs with the dateline in the first, "Advertisement · Scroll to continue" slots,
 * a newsletter promo paragraph in the body, the "Reporting by ...; Editing by ..." sign-off, "Our Standards", "Suggested
 * Topics", the author cards, "Read Next" and the footer).
 */
const rtTitle = 'Nordhavn Energy to cut 1,200 jobs, shelve Baltic wind farm as costs bite';
const rtP1 = [
  'COPENHAGEN, Nov 4 (Reuters) - Danish utility Nordhavn Energy said on Tuesday it would cut about 1,200 jobs, or 9% of its ' +
    'workforce, and shelve a planned offshore wind farm in the Baltic Sea, as higher financing and equipment costs squeeze ' +
    'returns on new projects.',
  'The company also lowered its 2025 operating profit forecast to between 11.5 billion and 12.5 billion Danish crowns ($1.67 billion ' +
    'to $1.82 billion), from 13 billion to 14 billion crowns previously, sending its shares down 7.4% in early trading.',
  'Chief Executive Karin Holmgaard told reporters the 1.1-gigawatt Vesterhav Baltic project no longer met the company’s return ' +
    'requirements after turbine prices rose and a government auction failed to offer a price floor.',
  '“We are not walking away from offshore wind, but we will only build projects that can earn their cost of capital,” Holmgaard said.',
];
const rtP2 = [
  'Most of the job cuts will fall in Denmark and Germany and will be completed by the end of 2026, the company said, adding it ' +
    'expected annual savings of about 1.4 billion crowns from 2027.',
  'Nordhavn is the latest European developer to scale back offshore wind plans. Several rivals have written down projects or ' +
    'handed back leases over the past two years as interest rates rose and supply chains struggled to keep up with demand.',
  'Analysts at Baltica Bank said the decision was overdue. “The market has been waiting for Nordhavn to make choices, and this is ' +
    'a clear one,” analyst Morten Skaarup wrote in a note, though he said the lower profit outlook was “a disappointment”.',
  'The company said it would keep the seabed lease for the Vesterhav Baltic site and could revive the project if conditions improve. ' +
    'It will continue construction of two North Sea projects due to start operating in 2027 and 2028.',
  'Nordhavn, which is 51% owned by the Danish state, also said it would cut its planned investment for 2026-2030 by about a fifth, ' +
    'to 160 billion crowns, and suspend its share buyback programme.',
  'Denmark’s energy ministry said it had been informed of the decision and would discuss the future of the Baltic site with the company.',
];
const rtPromo = 'Get a look at the day ahead in European and global markets with the Morning Bid Europe newsletter. Sign up here.';
const rtSign = 'Reporting by Jesper Lindqvist and Anna Reumert; Editing by Tomasz Kowal';
const rtCaption = 'Wind turbines are seen at an offshore wind farm off the coast of Denmark, August 21, 2025.';
const rtPhoto = 'REUTERS/Sigrid Vestergaard/File Photo';
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'More'];
const rtTags = ['Business', 'Energy'];
const rtTopics = ['Energy', 'Renewables', 'Jobs', 'Europe'];
const rtAuthors = ['Jesper Lindqvist', 'Covers Nordic energy companies and power markets from Copenhagen. Previously reported on shipping and commodities.'];
const rtNext = [
  'Oil prices edge higher as supply concerns offset demand worries',
  'European shares slip as utilities weigh; Nordhavn slides',
  'German power grid operator plans record investment to 2035',
  'Offshore wind auction in Poland draws fewer bidders than expected',
];
const rtNextTimes = ['an hour ago', '3 hours ago', '4 hours ago', '6 hours ago'];
const rtFoot = [
  'Latest',
  'Browse',
  'Media',
  'About Reuters',
  'Careers',
  'Reuters News Agency',
  'Brand Attribution Guidelines',
  'Reuters Leadership',
  'Apps & Newsletters',
  'Advertise with Us',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Digital Accessibility',
  'Corrections',
  'Site Feedback',
];
const rtDelay = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtCopy = '© 2025 Reuters. All rights reserved';
const rtPara = (t: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw ` +
  `body__small_body__2vQyf article-body__paragraph__2-BtD">${t}</div>`;
const rtAd = (n: number): string => `<div class="article-body__ad__3Ne5o" data-testid="ResponsiveAdSlot"><div class="responsive-ad__container__2Bh3B">
<span class="responsive-ad__label__1gCSC">Advertisement · Scroll to continue</span><div id="dfp-ad-article-${n}" class="dfp-ad__container"></div></div></div>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rtTitle} | Reuters</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Danish utility Nordhavn Energy said it would cut about 1,200 jobs and shelve a planned Baltic offshore wind farm.">
<meta property="og:title" content="${rtTitle}"><meta property="og:type" content="article"><meta name="article:section" content="Energy">
<meta name="analyticsAttributes.contentChannel" content="Business"><meta name="article:author" content="Jesper Lindqvist">
<link rel="canonical" href="https://www.reuters.com/business/energy/nordhavn-energy-cut-1200-jobs-shelve-baltic-wind-farm-2025-11-04/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}","dateCreated":"2025-11-04T07:14:22Z",
"datePublished":"2025-11-04T07:14:22Z","dateModified":"2025-11-04T09:48:03Z","author":[{"@type":"Person","name":"Jesper Lindqvist"},
{"@type":"Person","name":"Anna Reumert"}],"publisher":{"@type":"Organization","name":"Reuters"},"isAccessibleForFree":true}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contentCache={};</script>
<link rel="stylesheet" href="https://www.reuters.example/pf/resources/css/main.6f2d1b.css"></head>
<body><div id="fusion-app"><div class="regular-article-layout__wrapper__3lTjB"><a href="#main-content" class="skip-link__link__3D7sX">Skip to main content</a>
<div class="site-header__pro-strip__2l5d8"><span>Exclusive news, data and analytics for financial market professionals</span><a
href="https://www.lseg.example/">Learn more about LSEG</a></div>
<header class="site-header__container__3CDOG" data-testid="SiteHeader"><a class="site-header__logo__2VvWv" href="/"><span
class="sr-only">Reuters home</span></a>
<nav class="site-header__nav__2S5cG" aria-label="Main navigation"><ul class="nav-bar__list__3jvZL">${links(rtNav, 'nav-bar__item__3zrJ9')}</ul></nav>
<div class="site-header__account__1e9tq"><a href="/my-news/">My News</a><a href="/account/sign-in/" data-testid="SignInButton">Sign In</a>
<a href="/account/register/" data-testid="RegisterButton">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tvxU"><article class="article__container__2fNGC" data-testid="Article">
<header class="article-header__container__3h8oO"><nav aria-label="Tags"
class="article-header__tags__3rBbn"><ul>${links(rtTags, 'article-header__tag__3ZLyt')}</ul></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading"
class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh heading__base__2T28j heading__xl__2jqbm">
${rtTitle}</h1></div><div class="article-header__info__3fRxQ"><div class="info-content__author-date__1Epi_"><div class="info-content__author__1a93d"
data-testid="AuthorByline">By <a rel="author" href="/authors/jesper-lindqvist/" class="author-name__link__2N4bS">Jesper Lindqvist</a> and <a rel="author"
href="/authors/anna-reumert/" class="author-name__link__2N4bS">Anna Reumert</a></div><time datetime="2025-11-04T07:14:22Z" data-testid="DateLineText"
class="date-line__date-line__2vJ1l"><span class="date-line__date__23Ge-">November 4, 2025</span><span class="date-line__date__23Ge-">8:14 AM GMT+1</span>
<span class="date-line__date__23Ge-">Updated 2 hours ago</span></time></div>
<div class="article-header__toolbar__3tF4J" data-testid="ShareButtons"><button aria-label="Share"><span>Share</span></button><a aria-label="Share on X"
href="https://x.example/intent/tweet"><span class="sr-only">X</span></a><a aria-label="Share on Facebook" href="https://facebook.example/sharer"><span
class="sr-only">Facebook</span></a>
<a aria-label="Share on LinkedIn"><span class="sr-only">Linkedin</span></a><a aria-label="Email"><span class="sr-only">Email</span></a><button
aria-label="Copy link">
<span class="sr-only">Link</span></button><a href="https://www.reutersagency.example/licensing"
class="article-header__license__1j9Hm">Purchase Licensing Rights</a></div></div></header>
<div data-testid="primary-image" class="article__primary-image__2Cqqp"><figure class="primary-image__container__2yz_N"><div class="image__container__1B9ud">
<img src="https://www.reuters.example/resizer/v2/NORDHAVN5KQ2.jpg?auth=a1&amp;width=1200&amp;quality=80" alt="Offshore wind turbines at sea" width="1200"
height="800">
</div><figcaption data-testid="primary-image-caption" class="image-caption__container__2FSGi"><span data-testid="Body"
class="image-caption__caption__2yBOn">${rtCaption}
</span> <span class="image-caption__credit__1GYTy">${rtPhoto}</span> <a href="https://www.reutersagency.example/licensing/"
class="image-caption__license__3Zc0a">
Purchase Licensing Rights, opens new tab</a></figcaption></figure></div>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit" data-testid="ArticleBody">
${rtP1.map(rtPara).join('\n')}
${rtAd(1)}
<div data-testid="promo-box" class="article-body__element__2p5pI"><p class="text__text__1FZLe text__inherit-color__3208F">${rtPromo}</p></div>
${rtP2.map((t, i) => rtPara(t, i + rtP1.length)).join('\n')}
${rtAd(2)}
<p class="sign-off__container__2kGl0" data-testid="SignOff">${rtSign}</p>
<div class="article-body__trust__1G7rL"><span data-testid="Body">Our Standards: </span><a
href="https://www.thomsonreuters.example/en/about-us/trust-principles.html">
The Thomson Reuters Trust Principles.</a><span class="sr-only">, opens new tab</span></div></div></div>
<div class="article__tags__2cQ9k" data-testid="Tags"><span
class="tags-with-label__label__1lX3k">Suggested Topics:</span><ul>${links(rtTopics, 'tags-with-label__tag__2m2oP')}</ul></div>
<div class="article__authors__1Ax5e" data-testid="AuthorBios"><div class="author-bio__container__2SDZL"><a href="/authors/jesper-lindqvist/"
class="author-bio__name__1eUxB">${rtAuthors[0]}</a><span class="author-bio__org__3vz19">Thomson Reuters</span><p
class="author-bio__bio__1wvx4">${rtAuthors[1]}</p></div></div>
</article><aside class="regular-article-layout__read-next__1bWxO" data-testid="ReadNext"><h2 class="read-next__heading__3Vr2f">Read Next</h2><ul>
${rtNext
  .map(
    (t, i) => `<li class="story-card__container__2fQ1R"><a href="/business/energy/read-next-${i}/" data-testid="Heading"><span>${t}</span></a>
<time class="story-card__time__2tqGS">${rtNextTimes[i]}</time></li>`,
  )
  .join('\n')}</ul></aside></main>
<footer class="site-footer__container__2Xn6K" data-testid="SiteFooter"><ul class="site-footer__links__1lJDn">${links(rtFoot, 'site-footer__link__3jaZF')}</ul>
<p class="site-footer__delay__3bYjG">${rtDelay}</p><p class="site-footer__copyright__1VFRz">${rtCopy}</p></footer></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.globalContent={"_id":"NORDHAVN5KQ2","type":"story","word_count":498};</script>
</body></html>`;
export const reutersStory: TestPage = {
  name: 'heldout124-reuters-news',
  kind: 'news',
  html: rtHtml,
  // the "COPENHAGEN, Nov 4 (Reuters) -" dateline is running text of the first paragraph (body); the promo paragraph, ad labels,
  // caption, credit, licensing links, the "Our Standards" line, topics, author card and Read Next are furniture; the
  // "Reporting by ...; Editing by ..." sign-off is a byline
  title: rtTitle,
  headings: [],
  body: texts([...rtP1, ...rtP2]),
  bylines: ['By Jesper Lindqvist and Anna Reumert', 'November 4, 2025', '8:14 AM GMT+1', 'Updated 2 hours ago', rtSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Learn more about LSEG', 'Reuters home', ...rtNav,
    'My News', 'Sign In', 'Register', 'Energy', 'Share', 'X', 'Facebook', 'Linkedin', 'Email', 'Link', 'Purchase Licensing Rights', rtCaption, rtPhoto,
    'Purchase Licensing Rights, opens new tab', 'Advertisement · Scroll to continue', rtPromo, 'Our Standards:', 'The Thomson Reuters Trust Principles.',
    'Suggested Topics:', 'Renewables', 'Jobs', 'Europe', ...rtAuthors, 'Thomson Reuters', 'Read Next', ...rtNext, ...rtNextTimes,
    ...rtFoot, rtDelay, rtCopy,
  ])],
};
