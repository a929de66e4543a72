import { links, type TestPage, texts } from './page-kit.js';
import { localPage } from './pages-heldout113-b2.js';

/**
 * Held-out batch 113, file b: a Reuters story (Fusion template: the header nav with "My News" and "Sign In", the tag
 * breadcrumb above the headline, the byline with two authors and the time block, the lead photo caption, the
 * "Advertisement · Scroll to continue" slots between paragraphs, the inline newsletter promo, the sign-off with reporting
 * and editing credits, "Our Standards", "Purchase Licensing Rights", the suggested topics, the author cards, "Read Next" and
 * the footer) and, from file b2, a McClatchy local paper story.
 */
const rTitle = 'German carmaker Velten to cut 3,000 jobs as electric van demand stalls';
const rP = [
  'BERLIN, Oct 7 (Reuters) - German commercial vehicle maker Velten Werke said on Tuesday it would cut about 3,000 jobs, or nearly ' +
    'a tenth of its workforce, by the end of 2027 as demand for its electric delivery vans falls short of the levels it planned for.',
  'The company, which is based in Kassel and makes vans for parcel firms and municipal fleets, said most of the cuts would fall at ' +
    'its plant in Zwickau, where it began building the battery-powered eCargo van in 2022.',
  'Chief Executive Annika Strobel told reporters that orders for electric vans had been about 40% below forecast this year as ' +
    'several large customers delayed plans to replace their diesel fleets.',
  '"We built capacity for a market that is arriving more slowly than everyone expected, including our customers," Strobel said. ' +
    '"We have to adjust, and we have to do it now while we can still do it responsibly."',
  'Velten said it expected to reach the cuts mainly through early retirement and by not filling vacancies, and that it had opened ' +
    'talks with the IG Metall union. Compulsory redundancies could not be ruled out, it added.',
  'IG Metall said it would resist any plant closures. "The workers in Zwickau did not make the decisions that led here," district ' +
    'leader Jens Kohlhaas said in a statement.',
  'Shares in Velten fell 4.2% in Frankfurt by 1000 GMT, underperforming a 0.3% fall in the broader auto sector index.',
  'The company also cut its full-year outlook, saying it now expected an operating margin of 2% to 3%, down from a previous range ' +
    'of 4% to 5%. Analysts at Brandt Capital said the cuts were "overdue" and would help restore profitability from 2026.',
  'Velten is the latest European vehicle maker to scale back electric plans. Demand for electric vans in Germany fell 18% in the ' +
    'first eight months of the year, according to industry data, after subsidies for commercial buyers were phased out last year.',
  'Strobel said the company was not abandoning electric vans and would launch a smaller city model in 2026. "The direction is ' +
    'right. The pace was wrong," she said.',
];
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'More'];
const rCaption = 'Employees work on an eCargo electric van at the Velten Werke plant in Zwickau, Germany, March 12, 2024. REUTERS/Matthias Roesler/File Photo';
const rNewsletter = 'The Reuters Auto File newsletter brings you the latest news and analysis of the car industry. Sign up here.';
const rTopics = ['Autos & Transportation', 'Europe', 'Jobs', 'Electric Vehicles'];
const rNext = [
  'Swedish truck maker posts record orders on North Sea wind projects',
  'EU to review tariffs on Chinese battery cells, sources say',
  'Parcel firm Paketo delays electric fleet switch to 2030',
];
const rFoot = [
  'Apps',
  'Newsletters',
  'Advertise with Us',
  'Advertising Guidelines',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Do Not Sell or Share My Personal Information',
  'Coverage Policy',
];
const adSlot = (n: number) =>
  `<div class="article-body__element__2p5pI"><div data-testid="ResponsiveAdSlot" class="responsive-ad-slot__container__2Dd3B">
<span class="text__text__1FZLe text__dark-grey__3Ml43 responsive-ad-slot__label__3o9bc">Advertisement · Scroll to continue</span>
<div id="ad-slot-${n}" class="ad-slot__container__3iyao"></div>
<button class="responsive-ad-slot__report__3Y1gK">Report This Ad</button></div></div>`;
const para = (p: string, i: number) =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw ` +
  `body__large_body__FV5_X article-body__paragraph__2-BtD">${p}</div>`;
const rBody = rP.map((p, i) => para(p, i) + (i === 2 ? `\n${adSlot(1)}` : i === 5 ? `\n${adSlot(2)}` : '')).join('\n');
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8"><title>German carmaker Velten to cut 3,000 jobs as electric van demand stalls | Reuters</title>
<meta name="description" content="German commercial vehicle maker Velten Werke said on Tuesday it would cut about 3,000 jobs.">
<meta property="og:site_name" content="Reuters"><meta property="article:published_time" content="2025-10-07T10:14:52Z">
<meta name="article:author" content="Kirsten Vogel"><meta name="article:author" content="Tobias Maurer">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"author":[{"@type":"Person","name":"Kirsten Vogel"},{"@type":"Person","name":"Tobias Maurer"}],"dateModified":"2025-10-07T11:02:03Z",
"isAccessibleForFree":"False"}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";</script>
</head>
<body><div id="fusion-app" class="app__container__1p4bK">
<a href="#main-content" class="skip-link__skip__3b7hR">Skip to main content</a>
<header class="site-header__container__3NgVG"><div class="site-header__logo__1K1C8"><a href="/" aria-label="Reuters home">Reuters</a></div>
<nav aria-label="Main navigation" class="site-header__nav__2nJ_R"><ul>
${links(rNav, 'nav-bar__item__2-nmD')}
</ul></nav><div class="site-header__right__3nSaS"><a href="/myview/">My News</a><button>Sign In</button><a href="/account/register/">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tvnb"><article class="article__container__2BqXS">
<div class="article-header__heading__15OpQ"><nav aria-label="Tags" class="article-header__tags__3Z0-k">
<a href="/business/autos-transportation/" data-testid="Link">Autos &amp; Transportation</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__heading_3__1kDhc">${rTitle}</h1>
<div class="article-header__author-date__Ao-7l"><div class="info-content__author-date__1Epi_"><div data-testid="AuthorByline"
 class="author-name-list__author_list__3bsu8">
By <a href="/authors/kirsten-vogel/" rel="author">Kirsten Vogel</a> and <a href="/authors/tobias-maurer/" rel="author">Tobias Maurer</a></div>
<time data-testid="Body" datetime="2025-10-07T10:14:52Z" class="date-line__date__23Ge-"><span>October 7, 2025</span>
<span>11:14 AM GMT+1</span><span>Updated 2 hours ago</span></time></div></div></div>
<div class="article__toolbar__1Kq8a"><button aria-label="Share">Share</button><button>Save</button></div>
<div data-testid="primary-gallery"><figure class="primary-image__container__3XB1W"><img src="https://www.reuters.com/resizer/v2/velten.jpg" alt="">
<figcaption data-testid="primary-image-caption"><span>${rCaption}</span> <a
 href="https://www.reuters.com/info-pages/reuters-pictures">Purchase Licensing Rights</a>
</figcaption></figure></div>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
${rBody}
<div data-testid="promo-box" class="article-body__element__2p5pI"><p class="promo-box__text__1wQdS">${rNewsletter}</p></div>
<p class="sign-off__text__PU2Nq" data-testid="SignOff">Reporting by Kirsten Vogel and Tobias Maurer; Editing by Miriam Haddad</p>
<div class="trust-badge__container__1aP3T"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">Our Standards: The Thomson Reuters
Trust Principles.</a> <span>, opens new tab</span></div>
<div class="article-body__row__dFOPA"><button>Purchase Licensing Rights</button></div></div></div>
<div class="tags-with-label__container__1FAnJ"><h2>Suggested Topics:</h2><ul>
${links(rTopics, 'tags-with-label__item__2tMkP')}
</ul></div>
<div class="author-bio__container__1D5hQ"><h3>Kirsten Vogel</h3><p>Thomson Reuters</p>
<p>Kirsten covers the German auto industry from Berlin, with a focus on suppliers and labour relations.</p></div>
</article>
<aside class="read-next__container__3aB8w"><h2 data-testid="Heading">Read Next</h2><ul>
${links(rNext, 'read-next__item__1AaE6')}
</ul></aside></main>
<footer class="site-footer__container__2gMWt"><ul>
${links(rFoot, 'site-footer__item__2JJt0')}
</ul><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p>© 2025 Reuters. All rights reserved</p></footer>
</div><script src="https://www.reuters.com/pf/dist/engine/react.js?d=1123" defer></script>
</body>
</html>`;

const reutersPage: TestPage = {
  name: 'heldout113-reuters-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rP),
  bylines: [
    'By Kirsten Vogel and Tobias Maurer',
    'October 7, 2025',
    '11:14 AM GMT+1',
    'Updated 2 hours ago',
    'Reporting by Kirsten Vogel and Tobias Maurer; Editing by Miriam Haddad',
  ],
  furniture: [
    'Skip to main content',
    ...rNav,
    'My News',
    'Sign In',
    'Register',
    'Share',
    'Save',
    rCaption,
    'Purchase Licensing Rights',
    'Advertisement · Scroll to continue',
    'Report This Ad',
    rNewsletter,
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Suggested Topics:',
    ...rTopics,
    'Thomson Reuters',
    'Kirsten covers the German auto industry from Berlin, with a focus on suppliers and labour relations.',
    'Read Next',
    ...rNext,
    ...rFoot,
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.',
    '© 2025 Reuters. All rights reserved',
  ],
};

export const HELDOUT113_B: readonly TestPage[] = [reutersPage, localPage];
