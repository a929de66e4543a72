import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file a: a Guardian-style opinion piece (dcr markup with data-gu-name / data-component, a
 * support-the-Guardian epic inside the article, "Explore more on these topics", "Most viewed" rail) and a Reuters-style
 * wire story (article-body__content paragraphs with data-testid, editing credits, trust principles, newsletter promos).
 */
const guStandfirst = 'If we keep treating the bus as the transport of last resort, we should not be surprised when it becomes one';
const guBody1 = [
  'Every winter the same letter arrives at my parents’ house in the valley. It is polite, it is printed on the ' +
    'council’s cheapest paper, and it explains that the number 41 will now run every two hours instead of every hour, ' +
    'because the subsidy that kept it going has been “reprofiled”.',
  'Nobody in the village writes back. The people who rely on the 41 are the people least likely to have the time, the ' +
    'confidence or the broadband to respond to a consultation. They are teenagers going to college, carers going to ' +
    'the hospital, and pensioners who gave up their licence after a scare on the hill road.',
  'I have spent the past year talking to drivers, planners and passengers for a book about rural transport, and the ' +
    'pattern is depressingly consistent. A route loses a few passengers, so it loses a few journeys, so it loses more ' +
    'passengers, until someone in an office can say with a straight face that there is no demand.',
];
const guBody2 = [
  'The fare cap helped. Two pounds to anywhere in the county is a genuinely good policy, and the drivers I met all ' +
    'said it brought back people they had not seen in years. But a cheap ticket for a bus that does not come is not ' +
    'much of a bargain.',
  'What the valleys need is boring: a timetable that holds for five years, buses that connect with trains rather ' +
    'than missing them by four minutes, and a shelter with a roof. None of this is glamorous enough for a ribbon ' +
    'cutting, which is precisely why it keeps being cut.',
  'There is a habit in Westminster of describing rural bus services as a social good, as if they were a kind of ' +
    'charity. They are infrastructure. A bypass is not expected to turn a profit; nor should the only way a ' +
    'seventeen-year-old can reach an apprenticeship.',
  'My parents will get another letter next winter. I would like it, for once, to say that the 41 is coming back ' +
    'every hour, and that it will still be doing so when their grandchildren are old enough to ride it alone.',
];
const guBio = 'Megan Llewellyn is a writer and the author of a forthcoming book on rural transport';
const guTags = ['Bus transport', 'Transport policy', 'Local government', 'Wales', 'Rural affairs', 'Comment'];
const guNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const guViewed = [
  'The water firms promised to fix the leaks. Ten years later, here we are',
  'I moved back to my home town at 40. This is what I found',
  'Heatwave warnings issued for much of southern England',
  'The quiet revolution in school dinners',
];
const guFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy'];
const guEpic = [
  'You’ve read 9 articles in the last year',
  'We have no shareholders and no billionaire owner. Our journalism is free from commercial and political influence, and ' +
    'it is open for everyone to read, whatever they can afford to pay.',
];
const guardianHtml = `<!DOCTYPE html>
<html lang="en" data-gu-platform="dcr"><head>
<meta charset="utf-8"><title>Rural buses are not a charity. Stop cutting them like one | Megan Llewellyn | The Guardian</title>
<meta name="description" content="${guStandfirst}"><meta property="og:type" content="article">
<meta property="og:title" content="Rural buses are not a charity. Stop cutting them like one | Megan Llewellyn">
<meta property="article:section" content="Opinion"><meta name="twitter:site" content="@guardian">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rural buses are not a charity",
"author":[{"@type":"Person","name":"Megan Llewellyn"}],"datePublished":"2025-06-11T05:00:12.000Z","publisher":{"@type":"Organization","name":"The
Guardian"}}</script>
<style>.dcr-1x3kfc{font-family:GuardianTextEgyptian,serif}.dcr-ukx1ku{grid-area:title}</style>
<script>window.guardian={config:{page:{contentType:"Article",section:"commentisfree",isPaidContent:false}}};</script></head>
<body><a class="dcr-skip" href="#maincontent">Skip to main content</a>
<div data-gu-name="nav"><header data-component="nav3"><a href="/" data-link-name="nav3 : logo"><span class="dcr-1v8jpi5">The Guardian - Back to home</span></a>
<nav aria-label="Guardian sections" class="dcr-lk3z9"><ul class="dcr-1gwn0ra">${links(guNav, 'dcr-7opr9c')}</ul></nav>
<a class="dcr-support" href="https://support.theguardian.example/contribute" data-link-name="nav3 : support-cta">Support us</a></header></div>
<main data-layout="CommentLayout" id="maincontent"><article class="dcr-1x3kfc">
<div data-gu-name="title" class="dcr-ukx1ku"><div class="dcr-series"><a href="/commentisfree" data-component="section">Opinion</a>
<span class="dcr-series-tag">Bus transport</span></div>
<h1 class="dcr-1kwg2vo">Rural buses are not a charity. Stop cutting them like one</h1></div>
<div data-gu-name="standfirst" class="dcr-y70mar"><p>${guStandfirst}</p></div>
<div data-gu-name="media" class="dcr-contributor"><img src="https://uploads.guim.example/llewellyn-cutout.png" alt="Megan Llewellyn"></div>
<div data-gu-name="meta" class="dcr-1h0ueil"><address aria-label="Contributor info" data-component="meta-byline"><span class="dcr-1cfpnlw">
<a rel="author" href="/profile/megan-llewellyn" data-link-name="auto tag link">Megan Llewellyn</a></span></address>
<details class="dcr-1cxb8ex" data-component="dateline"><summary><span>Wed 11 Jun 2025 06.00 BST</span></summary></details>
<div data-component="share"><button aria-label="Share" class="dcr-share">Share</button>
<span class="dcr-comment-count" data-component="comment-count">412</span></div></div>
<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector dcr-1jl528t">
${ps(guBody1, ' class="dcr-s9ubpq"')}
<figure data-spacefinder-role="inline" id="sign-in-gate"></figure>
${ps(guBody2, ' class="dcr-s9ubpq"')}
<p class="dcr-footer-bio"><em>${guBio}</em></p>
<div data-component="share-bottom"><button class="dcr-share">Share</button><button data-link-name="reuse">Reuse this content</button></div>
<div id="slot-body-end" data-gu-name="slot-body-end"><div data-component="contributions-epic" class="dcr-epic" aria-label="Support the Guardian">
<p class="dcr-epic-ticker">${guEpic[0]}</p>
<h2 class="dcr-epic-heading">Can you spare two minutes to support us?</h2>
<p>${guEpic[1]}</p>
<div class="dcr-epic-cta"><a href="https://support.theguardian.example/contribute" class="dcr-epic-btn">Support the Guardian</a>
<span class="dcr-epic-remind"><button>Remind me in July</button></span></div>
<div class="dcr-epic-payment"><img src="/static/payment-methods.png" alt="Accepted payment methods: Visa, Mastercard, American Express and PayPal"></div>
</div></div>
</div>
<div data-gu-name="submeta" class="dcr-submeta"><span class="dcr-submeta-label">Explore more on these topics</span>
<ul class="dcr-keywords">${links(guTags, 'dcr-keyword')}</ul>
<div data-component="share-submeta"><button class="dcr-share">Share</button><button>Reuse this content</button></div></div>
</article>
<aside data-gu-name="right-column" class="dcr-right"><div data-component="most-popular-right" class="dcr-most-viewed">
<h2 class="dcr-mv-header">Most viewed</h2><ol class="dcr-mv-list">${guViewed
  .map(
    (t) => `<li><a href="/p/x" data-link-name="most viewed">${t}</a>
</li>`,
  )
  .join('\n')}</ol>
</div><div id="dfp-ad--right" class="ad-slot ad-slot--mpu-banner-ad" data-name="right" aria-hidden="true"></div></aside>
<section data-component="comments" class="dcr-discussion" id="comments"><h2>Comments (412)</h2>
<p class="dcr-comments-closed">This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion
next time</p>
</section></main>
<footer data-component="footer"><ul class="dcr-footer-links">${links(guFoot)}</ul>
<p class="dcr-copyright">© 2025 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
<script src="https://assets.guim.example/assets/index.js" type="module"></script>
</body></html>`;
const guardian: TestPage = {
  html: guardianHtml,
  name: 'heldout15-guardian-opinion',
  kind: 'news',
  // the standfirst under the headline is the writer's own summary sentence: body (a reader would keep it); the italic
  // contributor bio at the end of the body is furniture (about the author, not the argument); the series kicker "Bus transport"
  // is also a tag in "Explore more on these topics" and counts once as furniture; the epic (inside the body div) is furniture
  title: 'Rural buses are not a charity. Stop cutting them like one',
  headings: [],
  body: [guStandfirst, ...texts(guBody1), ...texts(guBody2)],
  bylines: ['Megan Llewellyn', 'Wed 11 Jun 2025 06.00 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Guardian - Back to home', ...guNav, 'Support us', 'Share', '412', guBio, 'Reuse this content', ...guEpic,
    'Can you spare two minutes to support us?', 'Support the Guardian', 'Remind me in July', 'Explore more on these topics', ...guTags, 'Most viewed',
    ...guViewed, 'Comments (412)',
    'This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion next time', ...guFoot,
    '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
  ],
};

const rtBody = [
  'SANTIAGO, June 24 (Reuters) - Chile’s state copper miner said on Tuesday it would delay the start of a new ' +
    'underground level at its oldest mine by at least a year, after a tunnel collapse last month forced engineers to ' +
    'redesign the ventilation system.',
  'The company, the world’s largest copper producer, had planned to begin extraction from the deeper level in the ' +
    'second half of 2026. It now expects first ore no earlier than the third quarter of 2027, according to a statement ' +
    'filed with the country’s securities regulator.',
  'The delay is the latest setback for a producer that has struggled to keep output steady as its ageing deposits ' +
    'yield lower grades and its expansion projects run over budget.',
  '"Safety is the non-negotiable condition of every decision we take underground," chief executive Rodrigo Fuenzalida ' +
    'told reporters at a briefing in the capital. "We will not open the new level until the ventilation review is ' +
    'complete and independently verified."',
  'Copper futures on the London Metal Exchange rose 0.8% to $9,842 a metric ton after the announcement, extending ' +
    'gains driven by supply concerns in Latin America and steady demand from grid and electric vehicle manufacturers.',
  'Analysts at a Santiago brokerage said the postponement could reduce the company’s output by around 40,000 tons in ' +
    '2026 compared with earlier guidance, though they noted that other divisions were performing ahead of plan.',
  'The collapse in May injured no workers, but it damaged a section of the main access ramp and halted activity on the ' +
    'affected level for nearly three weeks. Unions have called for an external audit of safety procedures across all ' +
    'of the company’s underground operations.',
  'The government, which owns the company outright, has said it will present a capitalisation plan to Congress later ' +
    'this year to help fund the miner’s investment programme, estimated at about $40 billion over the next decade.',
];
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology'];
const rtRelated = ['Peru copper output falls 3% in April on mine stoppages', 'Zambia’s copper exports jump as new smelter opens'];
const rtTopics = ['Mining', 'Americas', 'Commodities'];
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chile copper miner delays new underground level after tunnel collapse | Reuters</title>
<meta name="description" content="Chile's state copper miner said on Tuesday it would delay the start of a new underground level.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Reuters">
<link rel="canonical" href="https://www.reuters.example/markets/commodities/chile-copper-miner-delays-new-underground-level-2025-06-24/">
<link rel="preload" href="/pf/resources/fonts/knowledge/knowledge_regular-webfont.woff2" as="font" crossorigin>
<meta name="article:author" content="Laura Cifuentes"><meta name="analyticsAttributes.contentChannel" content="Commodities">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Chile copper miner delays new underground level",
"datePublished":"2025-06-24T16:41:08Z","author":[{"@type":"Person","name":"Laura Cifuentes"}],"publisher":{"@type":"Organization","name":"Reuters"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contentCache={};</script>
<style>.text__text__1FZLe{font-size:1.1rem}.article-body__content__17Yit{max-width:640px}</style></head>
<body><div id="fusion-app"><header class="site-header__container__2ujbr"><a href="/" aria-label="Reuters home">Reuters</a>
<nav class="site-header__nav__1cb-M"><ul>${links(rtNav, 'nav-bar__item__2h0H6')}</ul></nav>
<a class="site-header__button__3Hq6n" href="/account/register/sign-up/">Register</a></header>
<main id="main-content" class="regular-article-layout__main__1tplD"><article class="article__container__2-Ckq">
<header class="article-header__container__3YzMt"><nav aria-label="Tags" class="article-header__tags__2eZVb">
<a href="/markets/commodities/" data-testid="Link">Commodities</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__heading_3__1qQMs">Chile copper miner delays new underground level after tunnel collapse</h1>
<div class="article-header__byline__3n7sE"><div class="info-content__author-date__1Epi_"><span>By</span>
<a href="/authors/laura-cifuentes/" rel="author" data-testid="AuthorNameLink">Laura Cifuentes</a></div>
<time data-testid="Body" datetime="2025-06-24T16:41:08Z"><span class="date-line__date__23Ge-">June 24, 2025</span>
<span class="date-line__date__23Ge-">4:41 PM UTC</span><span>Updated ago</span></time></div>
<div data-testid="ShareButtons" class="article-header__share__3f2-2"><button aria-label="Share on X">Share</button><button>Save</button></div></header>
<figure class="primary-image__container__3LO6W"><img src="https://www.reuters.example/resizer/copper.jpg" alt="">
<figcaption data-testid="primary-image-caption"><span>A worker walks past copper cathodes at a plant near Rancagua, Chile, March 12, 2025. REUTERS/Ivan
Alvarado/File Photo</span>
<a href="/info-pages/reuters-license/">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
${rtBody
  .slice(0, 3)
  .map((p, i) => `<div data-testid="paragraph-${i}" class="text__text__1FZLe article-body__paragraph__2-BtD">${p}</div>`)
  .join('\n')}
<div class="article-body__element__2p5pI"><div data-testid="promo-box" class="newsletter-promo__container__3Jvnt"><p>
The Reuters Power Up newsletter provides everything you need to know about the global energy industry.
<a href="/newsletters/reuters-power-up/">Sign up here.</a></p></div></div>
${rtBody
  .slice(3)
  .map((p, i) => `<div data-testid="paragraph-${i + 3}" class="text__text__1FZLe article-body__paragraph__2-BtD">${p}</div>`)
  .join('\n')}
<p data-testid="Body" class="text__text__1FZLe sign-off__text__PU2Jv">Reporting by Laura Cifuentes; Additional reporting by Tomás Aravena in London; Editing
by Kirsten Haldane</p>
</div>
<div class="article-body__row__dFOPA"><ul class="tags-with-label__tags__3BPl5">
<li>${rtTopics.map((t) => `<a href="/topic/x">${t}</a>`).join('</li><li>')}</li></ul></div>
<div class="trust-badge__container__Mg0cz">
<p>Our Standards: <a href="https://www.thomsonreuters.example/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a>
</p><button>Opens new tab</button></div>
<div class="article__read-next__Kjxdw"><h2 data-testid="Heading">Read Next</h2><ul>${links(rtRelated, 'story-card')}</ul></div>
<div class="newsletter-promo__bottom__1pGtr"><h3>Sign up for Reuters Commodities newsletter</h3><a href="/newsletters/">Sign up here</a></div>
</article></main>
<footer class="site-footer__container__3sF7m">
<div class="site-footer__apps__2WZbN"><h4>Apps</h4>
<a href="https://apps.apple.example/reuters">Download the App (iOS)</a>
<a href="https://play.google.example/reuters">Download the App (Android)</a></div>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p>© 2025 Reuters. All rights reserved</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.globalContent={"type":"story"};</script>
</body></html>`;
const reuters: TestPage = {
  html: rtHtml,
  name: 'heldout15-reuters-wire',
  kind: 'news',
  // the SANTIAGO dateline opens the first paragraph and stays there (convention); the "Reporting by ...; Editing by ..."
  // sign-off is a credit line: byline; the newsletter promo between paragraphs is furniture; "Opens new tab" is screen
  // text of the trust badge and the caption's ", opens new tab" tail sits in the same text node as the link: left out;
  // the nav's "World" is a word of the body ("the world's largest"): left out
  title: 'Chile copper miner delays new underground level after tunnel collapse',
  headings: [],
  body: texts(rtBody),
  bylines: [
    'Laura Cifuentes',
    'June 24, 2025',
    '4:41 PM UTC',
    'Reporting by Laura Cifuentes; Additional reporting by Tomás Aravena in London; Editing by Kirsten Haldane',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rtNav.filter((t) => t !== 'World'), 'Register', 'Commodities', 'Save', 'Updated ago',
    'A worker walks past copper cathodes at a plant near Rancagua, Chile, March 12, 2025. REUTERS/Ivan Alvarado/File Photo', 'Purchase Licensing Rights',
    'The Reuters Power Up newsletter provides everything you need to know about the global energy industry.', 'Sign up here.', 'Mining', 'Americas',
    'Our Standards:', 'The Thomson Reuters Trust Principles.', 'Read Next', ...rtRelated, 'Sign up for Reuters Commodities newsletter', 'Apps',
    'Download the App (iOS)', 'Download the App (Android)',
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', '© 2025 Reuters. All rights reserved',
  ],
};

export const HELDOUT15_A: readonly TestPage[] = [guardian, reuters];
