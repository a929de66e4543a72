import { links, type TestPage, texts } from './page-kit.js';
import { mendingBlog } from './pages-heldout63-b2.js';

/**
 * Held-out batch 63, file b: a business story on a wire service's own site, Reuters-style (hashed CSS-module classes and
 * `data-testid` attributes: nav with "My News" and "Sign In", breadcrumb kicker, headline, byline, the three-span timestamp
 * with "Updated 3 hours ago", lead photo with caption, agency credit and "Purchase Licensing Rights, opens new tab", the
 * dateline run into the first paragraph, an inline newsletter promo box, ad slots with "Advertisement · Scroll to continue"
 * and "Report This Ad", the sign-off line with reporters and editors, "Our Standards", "Suggested Topics", the companies rail
 * with a quote, "Read Next" and the footer).
 */
const wrTitle = 'Truckmaker Kessler to cut 2,400 German jobs as electric lorry demand stalls';
const wrDateline = 'FRANKFURT, Nov 12 (Atlas) -';
const wrBody = [
  'German truckmaker Kessler Nutzfahrzeuge will cut 2,400 jobs at its home plants by the end of 2027, it said on Wednesday, ' +
    'blaming weaker-than-expected demand for electric lorries and a slump in orders from European haulage firms.',
  'The cuts, equal to about 9% of Kessler’s German workforce, will fall mainly on administration and development staff and on a ' +
    'battery-pack assembly line in Hallstein, Bavaria, that has run at less than half its capacity since it opened in 2024.',
  'Chief Executive Birgit Oehlmann said the company remained committed to electric trucks but could no longer carry the cost of ' +
    'capacity built for a market that had not arrived. "We planned for a faster transition than our customers can afford," she ' +
    'told reporters on a conference call.',
  'Shares in Kessler rose 2.3% by 1030 GMT, outperforming a flat European autos index, as investors welcomed a savings plan the ' +
    'company said would lower annual costs by 380 million euros ($441 million) from 2028.',
  'Europe’s truckmakers have been caught between tightening European Union carbon dioxide targets for heavy vehicles, which ' +
    'require a 45% cut in fleet emissions by 2030, and hauliers who say battery lorries remain too expensive and charging points ' +
    'too scarce along major freight routes.',
  'Kessler said electric models made up 6% of its orders in the first nine months of the year, against the 15% it had forecast ' +
    'in January. Overall orders fell 11% in the third quarter from a year earlier.',
  'The company’s works council said it would oppose any compulsory redundancies and called the plan "a betrayal of people who ' +
    'were asked to retrain for the electric future only two years ago". Kessler said it hoped to make most of the cuts through ' +
    'early retirement and voluntary departures.',
  'Analysts at Hallmark Securities said the cuts were larger than expected but that the savings target looked achievable. "This ' +
    'is a company resizing for the market it has, not the one it hoped for," analyst Jonas Weber wrote in a note to clients.',
  'Kessler confirmed its full-year guidance of an adjusted operating margin of 7% to 8% on revenue of around 21 billion euros.',
];
const wrSignoff = 'Reporting by Jana Vogt; Additional reporting by Tom Ashworth in London; Editing by Rachel Moss and Susan Fenton';
const wrCaption = 'A Kessler truck is seen at the company’s plant in Hallstein, Germany, March 4, 2025. ATLAS/Lukas Brandt/File Photo';
const wrPromo = 'The Atlas Daily Briefing newsletter brings you the top stories to start your day. Sign up here.';
const wrNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'My News'];
const wrTopics = ['Autos & Transportation', 'Business', 'Europe', 'Industrials', 'Jobs'];
const wrNext = [
  'Swedish carmaker Norrland warns of tariff hit as profit halves',
  'EU lawmakers back softer CO2 rules for vans in 2030 review',
  'Battery start-up Voltaris files for insolvency in Poland',
  'German industrial orders rise unexpectedly in September',
];
const wrFoot = ['Latest', 'Home', 'Authors', 'Topic Sitemap', 'Archive', 'Article Sitemap', 'Apps', 'Newsletters', 'Advertise with Us', 'Careers'];
const wrLegal = ['Cookies', 'Terms of Use', 'Privacy', 'Digital Accessibility', 'Corrections', 'Site Feedback'];
const tx = 'text-module__text__0GDob text-module__dark-grey__UFC18 text-module__medium__n6JbI text-module__small_screen_default__UvlIs';
const ad = (n: number): string =>
  `<div class="article-body-module__ad_container__1Fz1e" data-testid="ResponsiveAdSlot"><div class="responsive-ad-module__container__3x8Oy">
<span class="${tx} responsive-ad-module__label__1Sc8T">Advertisement · Scroll to continue</span><div id="ad-${n}" class="ad-slot"></div>
<a class="responsive-ad-module__report__2kTxR" href="#report-ad">Report This Ad</a></div></div>`;
const para = (t: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="${tx} body-module__full_width__11ZQA article-body-module__paragraph__2-BtD">${t}</div>`;
const wrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${wrTitle} | Atlas</title>
<meta name="article:section" content="Autos &amp; Transportation"><meta name="analyticsAttributes.author" content="Jana Vogt">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${wrTitle}","dateCreated":"2025-11-12T09:41:22Z",
"author":{"@type":"Person","name":"Jana Vogt"},"publisher":{"@type":"Organization","name":"Atlas"},"isAccessibleForFree":"False"}</script>
<script>window.ARC_CONFIG={"ad_unit":"/4735792/atlas.com/business/autos","page":"article","adblock_msg":true};</script></head>
<body><div id="fusion-app"><div class="regular-article-layout__container__3y4H5"><header class="site-header__container__2W1j0">
<a href="#main-content" class="skip-link__skip-link__25pqx">Skip to main content</a><a href="/" aria-label="Atlas homepage" class="site-header__logo__3rTkG">
<svg viewBox="0 0 120 32"><title>Atlas logo</title></svg></a><nav aria-label="Main navigation"><ul
class="nav-bar__list__2rMW_">${links(wrNav, 'nav-bar__item')}</ul></nav>
<a href="/account/sign-in/" class="button__link__uTGln">Sign In</a><a href="/account/register/" class="button__link__uTGln button__primary__1Ifq6">Register</a>
</header>${ad(1)}
<main id="main-content" class="regular-article-layout__main__1tJ1w"><article class="article__container__2kdE3"><header class="article-header__container__3RTvJ">
<nav aria-label="Tags" class="article-header__tags__3lV3Q"><a href="/business/autos-transportation/" class="${tx}">Autos &amp; Transportation</a></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading"
class="text-module__text__0GDob heading-module__base__1rXuS heading-module__xl_font__2w9Z3">
${wrTitle}</h1></div><div class="article-info__container__2xqAt"><div class="article-info__byline__2dfox" data-testid="AuthorByline">By
<a href="/authors/jana-vogt/" class="${tx} author-name__author__1gx5k" rel="author">Jana Vogt</a></div>
<time datetime="2025-11-12T09:41:22Z" class="${tx} date-line__date__23Ge-"><span class="date-line__date__23Ge-">November 12, 2025</span>
<span class="date-line__date__23Ge-">10:41 AM GMT+1</span><span class="date-line__date__23Ge-">Updated 3 hours ago</span></time></div></header>
<div class="article-body-module__container__3ypuX"><figure class="primary-image__container__2-NpG" data-testid="primary-image"><div
class="image__container__1YBN9">
<img src="https://www.atlas.example/resizer/v2/KESSLER-TRUCKS.jpg?auth=91fa&amp;width=1080&amp;quality=80" alt="${wrCaption}" width="1080" height="720"></div>
<figcaption class="primary-image__caption__1Iu0C"><span data-testid="Body" class="${tx}">${wrCaption}</span>
<a href="https://www.atlas-pictures.example/licensing/KESSLER-TRUCKS" target="_blank" class="${tx}">Purchase Licensing Rights<span class="sr-only">, opens new
tab</span></a>
</figcaption></figure><div class="article-body-module__content__bnXL1" data-testid="ArticleBody">
${para(`${wrDateline} ${wrBody[0]}`, 0)}
${wrBody
  .slice(1, 3)
  .map((t, i) => para(t, i + 1))
  .join('\n')}
<div data-testid="promo-box" class="article-body-module__promo__3L6xn"><p class="${tx}">The <b>Atlas Daily Briefing</b> newsletter brings you the top stories to
start
your day. Sign up <a href="https://www.atlas.example/newsletters/daily-briefing/">here.</a></p></div>
${wrBody
  .slice(3, 6)
  .map((t, i) => para(t, i + 3))
  .join('\n')}
${ad(2)}
${wrBody
  .slice(6)
  .map((t, i) => para(t, i + 6))
  .join('\n')}
<p data-testid="SignOff" class="${tx} sign-off__text__2WqiO">${wrSignoff}</p></div>
<div class="info-content__container__3ZLmx"><p class="${tx}"><span>Our Standards: </span><a href="https://www.atlas.example/info-pages/trust-principles/"
target="_blank">The Atlas Trust Principles.<span class="sr-only">, opens new tab</span></a></p></div>
<div class="tags-with-label__container__1wT6D" data-testid="Tags"><span class="${tx}">Suggested
Topics:</span><ul>${links(wrTopics, 'tags__tag__2e0rq')}</ul></div>
<div class="article-share__container__1GAmd" data-testid="ShareButtons"><span class="${tx}">Share</span>
${['X', 'Facebook', 'Linkedin', 'Email', 'Link']
  .map(
    (t) => `<button aria-label="${t}" class="share-button__button__3jQxV"><span
class="sr-only">${t}</span></button>`,
  )
  .join('')}
<a href="https://www.atlas-pictures.example/licensing/article/KESSLER-JOBS" class="${tx}">Purchase Licensing Rights</a></div></div></article>
<aside class="regular-article-layout__sidebar__2gdE8"><div data-testid="CompanyRail" class="company-rail__container__2o7Kd"><h3 class="${tx}">Companies</h3>
<a href="/markets/companies/KSLG.DE/" class="company-rail__link__3Sl5i"><span class="${tx}">Kessler Nutzfahrzeuge AG</span><span class="${tx}">KSLG.DE</span>
<span class="${tx} company-rail__change__1IoSv">+2.31%</span></a><button class="follow-button__button__2T9bz">Follow</button></div>${ad(3)}</aside>
<section class="read-next__container__2EM5Z" data-testid="ReadNext"><h2 class="${tx}">Read Next</h2><ul>${links(wrNext, 'story-card')}</ul></section></main>
<footer class="site-footer__container__1YVhh"><ul>${links(wrFoot)}</ul><p class="${tx}">Atlas News Agency has reported business and world news from 140 bureaus
since 1921.</p>
<p class="${tx}">Market data delayed by at least 15 minutes.</p><ul>${links(wrLegal)}</ul><p class="${tx}">© 2025 Atlas News Agency. All rights reserved</p>
</footer></div></div><script src="https://www.atlas.example/pf/dist/engine/react.js?d=3120" defer></script></body></html>`;
const wireStory: TestPage = {
  html: wrHtml,
  name: 'heldout63-wire-service-news',
  kind: 'news',
  // the dateline ("FRANKFURT, Nov 12 (Atlas) -") is run into the first paragraph as the agency prints it: it is a byline
  // (a news story's dateline, not a press release's) and the first body string starts after it; the reporter, the three
  // timestamp spans and the sign-off line of reporters and editors are bylines ("By" in neither); the kicker, caption with its
  // agency credit, "Purchase Licensing Rights" and ", opens new tab" (once each), the promo box, ad labels, "Our Standards",
  // "Suggested Topics" and the topics, share, the companies rail, "Read Next", nav and footer are furniture; the topics
  // "Autos & Transportation" (the kicker) and "Business" (a nav entry) are listed once; the topics "Europe" and "Jobs" and the
  // footer's "Home" are words of the body: left out
  title: wrTitle,
  headings: [],
  body: texts(wrBody),
  bylines: [wrDateline, 'Jana Vogt', 'November 12, 2025', '10:41 AM GMT+1', 'Updated 3 hours ago', wrSignoff],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Atlas logo', ...wrNav, 'Sign In', 'Register', 'Advertisement · Scroll to continue', 'Report This Ad',
    'Autos & Transportation', wrCaption, 'Purchase Licensing Rights', ', opens new tab', wrPromo, 'Our Standards:', 'The Atlas Trust Principles.',
    'Suggested Topics:', 'Industrials', 'Share', 'X', 'Facebook', 'Linkedin',
    'Email', 'Link', 'Companies', 'Kessler Nutzfahrzeuge AG', 'KSLG.DE', '+2.31%', 'Follow', 'Read Next', ...wrNext, ...wrFoot.filter((t) => t !== 'Home'),
    'Atlas News Agency has reported business and world news from 140 bureaus since 1921.', 'Market data delayed by at least 15 minutes.',
    ...wrLegal, '© 2025 Atlas News Agency. All rights reserved',
  ],
};

export const HELDOUT63_B: readonly TestPage[] = [wireStory, mendingBlog];
