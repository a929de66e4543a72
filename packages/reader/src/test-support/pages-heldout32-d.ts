import { links, type TestPage, texts } from './page-kit.js';
import { proPublicaInvestigation } from './pages-heldout32-d2.js';

/**
 * Held-out batch 32, file d: a Nikkei Asia story on its Next.js template (CSS-module class names, the masthead with
 * "Subscribe" and "Log in", section nav, breadcrumbs, the headline and subtitle, the upper-case byline with "Nikkei staff
 * writer", the JST dateline and "Updated" time, "Save" and share buttons, the lead photo caption with its credit in
 * parentheses, the city dateline that opens the first paragraph, an inline "Read more" box, topic tags, "Read Next" and
 * "Latest on Food & Beverage" lists, the newsletter promo, the footer with "No reproduction without permission" and
 * JSON-LD).
 */
const nkTitle = 'Thai shrimp farmers bet on smart feeders as water costs climb';
const nkSub = 'Automated ponds in Chanthaburi cut feed waste by a fifth, but small growers say the kit is out of reach';
const nkBody = [
  'CHANTHABURI, Thailand -- At dusk on a farm outside this eastern Thai city, a row of white plastic drums hums to life over a ' +
    'shrimp pond. Underwater microphones pick up the clicking sound shrimp make when they feed, and the drums scatter pellets only ' +
    'as long as the animals are eating.',
  '"We used to throw feed by hand four times a day and guess," said Somchai Rattanakul, whose family has farmed white-leg shrimp ' +
    'here since 1998. "Now the machine listens. When they stop eating, it stops."',
  'Somchai installed the acoustic feeders on six of his twelve ponds in 2024. He says they have cut his feed use by about 20%, and ' +
    'the shrimp grow to market size a week sooner. Feed accounts for more than half the cost of raising shrimp, and uneaten pellets ' +
    'rot on the pond floor, fouling the water and forcing farmers to pump in more.',
  'That matters more than it used to. Thailand’s eastern provinces have seen three dry seasons in a row, and irrigation authorities ' +
    'raised water fees for aquaculture by 35% last year. The Department of Fisheries expects national shrimp output to reach about ' +
    '320,000 tonnes this year, well below the peak of more than 600,000 tonnes before a disease outbreak swept the industry in 2012.',
  'Several companies are competing to sell the technology. A Bangkok-based startup, AquaSense, says its system is now running on ' +
    'more than 900 ponds across Thailand and Vietnam, and it raised $14 million in a funding round led by a Singaporean ' +
    'agritech fund in November. Larger feed makers have begun bundling similar devices with pellet contracts.',
  'But the equipment costs around 60,000 baht ($1,750) per pond, a large sum for smallholders who make up most of the country’s ' +
    'roughly 25,000 shrimp farms. "The big farms can afford to try new things. We cannot afford one bad crop," said Nipa ' +
    'Srisuwan, who raises shrimp on three ponds near the coast and still feeds by hand.',
  'Some provincial cooperatives are experimenting with shared leasing, in which members rent feeders for a season and pay from ' +
    'their harvest. Kasem Boonlert, an aquaculture researcher at Burapha University, said such schemes could spread the technology ' +
    'faster than subsidies. "The science is proven," he said. "The question is who carries the risk."',
  'Thailand’s government has set a goal of returning shrimp output to 400,000 tonnes by 2027, relying partly on higher ' +
    'productivity rather than new ponds, which are restricted along much of the coast to protect mangroves.',
];
const nkNav = ['Latest', 'Politics', 'Economy', 'Business', 'Tech', 'Markets', 'Opinion', 'Life & Arts', 'Spotlight', 'Podcasts'];
const nkCrumbs = ['Business', 'Food & Beverage'];
const nkReadMore = 'Vietnam shrimp exports rebound on U.S. demand';
const nkTags = ['Thailand', 'Agriculture', 'Seafood', 'Startups', 'ASEAN'];
const nkNext = [
  'Indonesia’s palm oil smallholders struggle with replanting costs',
  'Japanese trading houses expand into Southeast Asian seafood',
  'Philippine rice farmers test drones for seeding',
];
const nkLatest = ['Cambodian cashew processors seek foreign buyers', 'Malaysian durian exports to China hit record', 'Vietnam coffee prices ease'];
const nkFoot = ['About Nikkei Asia', 'Nikkei Asia Subscriptions', 'Contact Us', 'Help', 'Terms of Use', 'Privacy Policy', 'Copyright', 'Cookie Policy'];
const nkCaption = 'A worker checks an automated feeder at a shrimp pond in Chanthaburi province. (Photo by Wanida Prasert)';
const nkP = (t: string): string => `<p class="ArticleBody_paragraph__Xk3q1">${t}</p>`;
const nkHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nkTitle} - Nikkei Asia</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nkTitle}","description":"${nkSub}",
"datePublished":"2026-01-20T05:05:00Z","dateModified":"2026-01-20T07:30:00Z","author":[{"@type":"Person","name":"KANYA PHROMMA"}],
"isAccessibleForFree":false,"publisher":{"@type":"Organization","name":"Nikkei Asia"}}</script></head>
<body><div id="__next"><header class="Masthead_masthead__a81kP"><a href="/" class="Masthead_logo__pQ2c3">Nikkei Asia</a>
<a class="Masthead_subscribe__T6v0x" href="/subscribe">Subscribe</a><a class="Masthead_login__Fm4sB" href="/login">Log in</a>
<nav class="SectionNav_nav__o1aW7" aria-label="Sections"><ul>${links(nkNav, 'SectionNav_item__eC2qv')}</ul></nav></header>
<main class="ArticleLayout_main__Lr0mX"><article class="ArticleLayout_article__3H0hq" data-trackable="article">
<nav class="Breadcrumbs_breadcrumbs__kJqU4" aria-label="Breadcrumb"><ol>${links(nkCrumbs, 'Breadcrumbs_item__z7hJm')}</ol></nav>
<h1 class="ArticleHeader_title__vJ2sB">${nkTitle}</h1><p class="ArticleHeader_subtitle__qM8fL">${nkSub}</p>
<figure class="ArticleHeader_image__f6UwL"><img src="https://www.ft.com/__origami/service/image/v2/images/raw/nikkei-shrimp.jpg" alt="">
<figcaption class="ArticleHeader_caption__8sR0y">${nkCaption}</figcaption></figure>
<div class="ArticleHeader_meta__Ob9Vt"><div data-trackable="bylines" class="Byline_byline__Q1nzz"><a href="/author/kanya-phromma">KANYA
PHROMMA</a>, Nikkei staff writer</div><div class="Timestamp_timestamp__u4G2x"><time datetime="2026-01-20T05:05:00Z">January 20, 2026 14:05 JST</time>
<span class="Timestamp_updated__Bz8nD">Updated on January 20, 2026 16:30 JST</span></div>
<div class="ArticleActions_actions__sE0p2"><button aria-label="Save article">Save</button><button aria-label="Share on X">X</button>
<button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on LinkedIn">LinkedIn</button>
<button aria-label="Copy link">Copy link</button></div></div>
<div class="ArticleBody_body__yWt7q" data-trackable="body">
${nkBody.slice(0, 4).map(nkP).join('\n')}
<aside class="ReadMore_readMore__Cc8eN"><p class="ReadMore_label__e1Pnq">Read more</p><a href="/business/food-beverage/vietnam-shrimp">${nkReadMore}</a></aside>
${nkBody.slice(4).map(nkP).join('\n')}
</div><div class="ArticleTags_tags__hH3xw"><ul>${links(nkTags, 'ArticleTags_tag__uN9Yc')}</ul></div>
<div class="Paywall_paywall__J5dkn" style="display:none"><p>Subscribe to read the full story</p><p>Get unlimited access to Nikkei Asia from just $1
for the first month.</p><a href="/subscribe">Start trial</a></div></article>
<section class="ReadNext_readNext__sQ8vM"><h2>Read Next</h2><ul>${links(nkNext)}</ul></section>
<section class="LatestOn_latestOn__eA0sZ"><h2>Latest on Food &amp; Beverage</h2><ul>${links(nkLatest)}</ul></section>
<aside class="NewsletterPromo_promo__i3k5M"><h2>Sign up for our newsletters</h2><p>Get the latest on Asia’s business and politics in your inbox,
daily or weekly.</p><a href="/newsletters">Sign up</a></aside></main>
<footer class="Footer_footer__yK2uA"><ul>${links(nkFoot)}</ul><p>Nikkei Inc. No reproduction without permission.</p></footer></div></body></html>`;
const nikkeiAsia: TestPage = {
  html: nkHtml,
  name: 'heldout32-nikkei-asia-story',
  kind: 'news',
  // the subtitle is the dek: body; "CHANTHABURI, Thailand --" opens the first paragraph and stays in it (body); the
  // upper-case name, the publish time and the "Updated on" line are bylines, ", Nikkei staff writer" (a role, on the byline's
  // line) too; the breadcrumbs, caption with its "(Photo by ...)" credit, "Save" and share buttons, the inline "Read more"
  // box, tags, the hidden paywall, "Read Next", "Latest on Food & Beverage", the newsletter promo, nav and footer are
  // furniture; the nav and breadcrumb "Business" and the tag "Thailand" are words of the body: left out, "X" and "Help" too
  title: nkTitle,
  headings: [],
  body: [nkSub, ...texts(nkBody)],
  bylines: ['KANYA PHROMMA', 'Nikkei staff writer', 'January 20, 2026 14:05 JST', 'Updated on January 20, 2026 16:30 JST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nikkei Asia', 'Subscribe', 'Log in', ...nkNav.filter((t) => t !== 'Business'), 'Food & Beverage', nkCaption, 'Save', 'Facebook', 'LinkedIn',
    'Copy link', 'Read more', nkReadMore, ...nkTags.filter((t) => t !== 'Thailand'), 'Subscribe to read the full story',
    'Get unlimited access to Nikkei Asia from just $1 for the first month.', 'Start trial', 'Read Next', ...nkNext, 'Latest on Food & Beverage',
    ...nkLatest, 'Sign up for our newsletters', 'Get the latest on Asia’s business and politics in your inbox, daily or weekly.',
    ...nkFoot.filter((t) => t !== 'Help'), 'Nikkei Inc. No reproduction without permission.',
  ],
};

export const HELDOUT32_D: readonly TestPage[] = [nikkeiAsia, proPublicaInvestigation];
