import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file b: a Globe and Mail-style article (Arc-based template with c- classes, "Open this photo in gallery"
 * captions, the audio player, "Report an editorial error" box, comment count, "Sign up for the ... newsletter" block, the
 * trending rail and the footer) and a South China Morning Post-style article saved from its Next.js / Emotion app (hashed
 * css- classes, __NEXT_DATA__ script, "Why you can trust SCMP" box, key points list, topics, "Most popular" rail).
 */
const gTitle = 'Manitoba canola crushers bet on a second plant as biofuel demand grows';
const gDek = 'Two farmer-owned co-operatives will share the cost of a $410-million facility near Brandon';
const gBody = [
  j(
    'Two farmer-owned co-operatives in western Manitoba have agreed to build a second canola crushing plant near Brandon,',
    'wagering that demand for renewable diesel will keep rising even as federal incentives for the fuel are reviewed.',
  ),
  j(
    'Prairie Gold Co-operative and Assiniboine Growers said on Wednesday that they would split the $410-million cost of',
    'the plant equally, with construction to begin in the spring and the first seed to be crushed in late 2028.',
  ),
  j(
    'The plant would process about 1.1 million tonnes of canola a year, roughly a tenth of what the province grows in a good',
    'season. Most of the oil would be sold to refiners in the United States; the meal left over would go to feed mills.',
  ),
];
const gH1 = 'Why farmers want to own the crush';
const gBody2 = [
  j(
    'For decades, most Prairie canola has left the country as raw seed. Growers say owning a crushing plant lets them keep',
    'more of the value, and gives them a buyer close to home when rail lines to the coast are congested.',
  ),
  j(
    '“Every year we watch the price we get fall the moment the trains back up,” said Darlene Kowalchuk, who farms 1,600',
    'hectares near Souris and sits on the Prairie Gold board. “A plant down the road is insurance against that.”',
  ),
  j(
    'The co-operatives will borrow about 60 per cent of the cost. A provincial loan guarantee covers part of that, on the',
    'condition that the plant hires at least 90 permanent staff.',
  ),
];
const gH2 = 'A crowded field';
const gBody3 = [
  j(
    'The project joins at least four other crushing expansions announced across the Prairies since 2023. Analysts have',
    'warned that if all of them are built, there may not be enough seed to keep every plant running at capacity.',
  ),
  j(
    'Owen Beaulieu, an agricultural economist at the University of Red River, said the farmer-owned model may weather',
    'a glut better than corporate plants. “Members have a reason to deliver to their own plant even when margins are thin.',
    'That is a cushion the others do not have.”',
  ),
];
const gNav = ['Canada', 'World', 'Business', 'Investing', 'Personal Finance', 'Opinion', 'Politics', 'Sports', 'Life', 'Arts'];
const gTrend = ['Bank of Canada holds rate as inflation cools', 'Ottawa weighs changes to biofuel credits', 'Wheat board nostalgia and the new co-ops'];
const gFoot = ['About Us', 'Contact Us', 'Advertise with us', 'Privacy Policy', 'Terms & Conditions', 'Accessibility', 'Site Map'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} - The Globe and Mail</title>
<meta name="description" content="${gDek}"><meta property="og:site_name" content="The Globe and Mail"><meta name="article:section" content="Business">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-11-26T11:00:00Z",
"author":[{"@type":"Person","name":"Marc-André Tessier"}],"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement",
"cssSelector":".c-article-body"}}</script>
<script>window.tgam={"pageType":"article","section":"business","keywords":["canola","agriculture"]};</script></head>
<body class="article"><a class="c-skip-link" href="#main-content">Skip to main content</a>
<header class="c-site-header"><button class="c-site-header__menu" aria-label="Open menu">Sections</button>
<a class="c-site-header__logo" href="/">The Globe and Mail</a><a class="c-button c-button--subscribe" href="/subscribe/">Subscribe</a>
<a class="c-button" href="/login/">Log In</a><nav class="c-site-nav"><ul>${links(gNav, 'c-site-nav__item')}</ul></nav></header>
<main id="main-content" class="l-container"><div class="c-ad c-ad--leaderboard"><span class="c-ad__label">Advertisement</span></div>
<article class="l-article"><div class="c-article-header"><a class="c-section-label" href="/business/industry-news/">Industry News</a>
<h1 class="c-primary-title">${gTitle}</h1><p class="c-article-dek">${gDek}</p>
<div class="c-article-meta"><div class="c-byline"><a class="c-byline__author" href="/authors/marc-andre-tessier/">Marc-André Tessier</a>
<span class="c-byline__location">Winnipeg</span></div><div class="c-article-meta__date"><span>Published</span>
<time datetime="2026-11-26T11:00:00Z">November 26, 2026</time></div><div class="c-article-meta__comments">
<a href="#comments">12 Comments</a></div></div>
<div class="c-share-bar"><button>Share</button><button>Bookmark</button><button>Print</button><button>Gift this article</button></div>
<div class="c-audio-player"><button>Listen to this article</button><span class="c-audio-player__duration">Estimated 4 minutes</span>
<p class="c-audio-player__note">The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.</p></div></div>
<figure class="c-figure"><img src="https://www.theglobeandmail.example/resizer/canola.jpg" alt=""><figcaption class="c-figure__caption">
<button class="c-figure__gallery">Open this photo in gallery:</button>
<span class="c-figure__text">Canola fields near Brandon, Man., where the new plant would be built.</span>
<span class="c-figure__credit">Kirsten Dahl/The Globe and Mail</span></figcaption></figure>
<div class="c-article-body">
${ps(gBody, ' class="c-article-body__text text-pr-5"')}
<div class="c-newsletter-inline"><p class="c-newsletter-inline__title">Sign up for the Business Brief newsletter</p>
<p>Top stories and must-read analysis, weekday mornings.</p><a href="/newsletters/">Sign Up</a></div>
<h2 class="c-heading text-gmr-6">${gH1}</h2>
${ps(gBody2, ' class="c-article-body__text text-pr-5"')}
<h2 class="c-heading text-gmr-6">${gH2}</h2>
${ps(gBody3, ' class="c-article-body__text text-pr-5"')}
</div>
<div class="c-editorial-error"><p>Report an editorial error</p><p>Report a technical issue</p><p>Editorial code of conduct</p></div>
<section id="comments" class="c-comments"><h3>Comments</h3><p>Be respectful. Comments are welcome and encouraged.</p>
<button>Show comments</button></section></article>
<aside class="c-trending"><h3 class="c-trending__title">Trending</h3><ol>${links(gTrend)}</ol></aside></main>
<footer class="c-footer"><ul>${links(gFoot)}</ul><p class="c-footer__copyright">© Copyright 2026 The Globe and Mail Inc. All rights reserved.</p>
<p>Andrew Saunders, President and CEO</p></footer>
<div class="c-consent-banner" role="dialog"><p>We use cookies to give you a better experience and to measure how our site is used.</p>
<button>Accept</button><button>Cookie preferences</button></div></body></html>`;
const globe: TestPage = {
  name: 'heldout262-globe-and-mail-article',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gDek, ...gBody, ...gBody2, ...gBody3]),
  bylines: ['Marc-André Tessier', 'Winnipeg', 'Published', 'November 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'The Globe and Mail', 'Subscribe', 'Log In', ...gNav, 'Advertisement', 'Industry News', '12 Comments', 'Share',
    'Bookmark', 'Print', 'Gift this article', 'Listen to this article', 'Estimated 4 minutes',
    'The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.', 'Open this photo in gallery:',
    'Canola fields near Brandon, Man., where the new plant would be built.', 'Kirsten Dahl/The Globe and Mail', 'Sign up for the Business Brief newsletter',
    'Top stories and must-read analysis, weekday mornings.', 'Sign Up', 'Report an editorial error', 'Report a technical issue', 'Editorial code of conduct',
    'Comments', 'Be respectful. Comments are welcome and encouraged.', 'Show comments', 'Trending', ...gTrend, ...gFoot,
    '© Copyright 2026 The Globe and Mail Inc. All rights reserved.', 'Andrew Saunders, President and CEO',
    'We use cookies to give you a better experience and to measure how our site is used.', 'Accept', 'Cookie preferences',
  ],
};

const cTitle = 'Hong Kong’s oldest tram depot to become a transport museum by 2029';
const cPoints = [
  'Whitty Street depot will keep two working tracks so restored trams can run on the network',
  'Government to cover two-thirds of the HK$380 million cost, with the rest raised from donors',
];
const cBody = [
  j(
    'Hong Kong’s oldest surviving tram depot will be turned into a transport museum with working tracks by 2029, the',
    'government announced on Friday, ending years of uncertainty over a site once earmarked for a residential tower.',
  ),
  j(
    'The depot in Sai Wan Ho, built in 1932 and used as a repair yard until last year, will house six restored double-deckers,',
    'a signal box rescued from a demolished junction and an archive of timetables and tickets going back to the 1940s.',
  ),
  j(
    'Two of the depot’s eight tracks will stay connected to the main line, so that restored cars can be driven out for',
    'heritage runs along the eastern half of the route on weekends.',
  ),
  j(
    '“A museum where the trams never move would miss the point,” said Wong Ka-yee, chairwoman of the Tramways Heritage',
    'Society, which has campaigned for the site since 2021. “People should be able to ride the history, not just look at it.”',
  ),
  j(
    'The project will cost about HK$380 million. The government will pay two-thirds, and the society and the tram operator',
    'will raise the remainder from private donors and a public appeal, which opens in January.',
  ),
  j(
    'Lawmakers on the transport panel broadly welcomed the plan, though one asked whether the weekend runs would slow regular',
    'services. Officials said they would be timed to avoid the busiest hours and limited to four return trips a day.',
  ),
  j(
    'Restoration of the first two trams is already under way at a workshop in Kwun Tong, where retired drivers and',
    'mechanics have been volunteering two days a week to strip and rebuild the wooden bodies by hand.',
  ),
];
const cTopics = ['Hong Kong transport', 'Heritage conservation'];
const cPopular = ['Hong Kong to trial driverless minibuses in Tseung Kwan O', 'How the city’s trams survived a century of change'];
const cNav = ['Hong Kong', 'China', 'Asia', 'World', 'Business', 'Tech', 'Lifestyle', 'Opinion', 'Sport'];
const cFoot = ['About us', 'Contact us', 'Work for us', 'Advertise with us', 'Terms & Conditions', 'Privacy Policy', 'FAQs'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle} | South China Morning Post</title>
<meta name="description" content="${cPoints[0]}"><meta property="og:site_name" content="South China Morning Post">
<meta name="cse_section" content="Hong Kong"><link rel="canonical" href="https://www.scmp.example/news/hong-kong/transport/article/3290412/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-11-28T09:30:00+08:00",
"author":[{"@type":"Person","name":"Natalie Cheung"}],"publisher":{"@type":"NewsMediaOrganization","name":"South China Morning Post"}}</script>
<style data-emotion="css 1q2w3e 4r5t6y">.css-1q2w3e{display:flex}.css-4r5t6y{font-family:Merriweather}</style></head>
<body><div id="__next"><div class="css-1q2w3e e1n2ci0"><header class="css-9xk2lp e1ds9xsi0"><button class="css-7y3hn2" aria-label="Menu">Menu</button>
<a class="css-1ptsy2t" href="/" aria-label="SCMP">South China Morning Post</a><a class="css-0" href="/subscribe">Subscribe</a>
<button class="css-1a7w5sd">Sign in</button><nav class="css-u7ex6m"><ul>${links(cNav, 'css-1h9yw2n')}</ul></nav></header>
<div class="css-12uj4o2"><div data-qa="AdSlot-container" class="css-3vkiw1"><span class="css-1r2kyx0">Advertisement</span></div></div>
<main class="css-17ytbmq"><div data-qa="ArticleSection" class="css-1lbk1fb"><a href="/news/hong-kong">Hong Kong</a><span class="css-0">/</span>
<a href="/news/hong-kong/transport">Transport</a></div>
<div data-qa="ContentHeadline-Container"><h1 data-qa="ContentHeadline-Headline" class="css-1xdhyk6 e1rnfw5y0">${cTitle}</h1></div>
<ul data-qa="ContentSubHeadline-SubHeadline" class="css-1tb3uy3">${cPoints.map((t) => `<li class="css-5yq1ux">${t}</li>`).join('')}</ul>
<div data-qa="ArticleByline" class="css-1rf5gng"><a data-qa="AuthorName" href="/author/natalie-cheung">Natalie Cheung</a>
<div data-qa="ArticleDate-Published" class="css-t1oz9e"><span>Published: </span><time datetime="2026-11-28T09:30:00+08:00">9:30am, 28 Nov 2026</time></div>
<div data-qa="ArticleDate-Updated"><span>Updated: </span><time>12:05pm, 28 Nov 2026</time></div></div>
<div data-qa="SocialButtons" class="css-ebwdqn"><button aria-label="share to facebook">Facebook</button><button>WhatsApp</button>
<button>Copy link</button><button data-qa="BookmarkButton">Save</button></div>
<figure data-qa="ArticleImage" class="css-1n0a6kv"><img src="https://cdn.i-scmp.example/tram-depot.jpg" alt="">
<figcaption class="css-yb3y2i"><span>The Whitty Street depot in Sai Wan Ho opened in 1932.</span> <span class="css-1ifpyd3">Photo: Jelly Tse</span>
</figcaption></figure>
<div data-qa="GenericArticle-Content" class="css-1jxp7ps e1lnopsn0"><div class="css-kufsb">
${ps(cBody.slice(0, 3), ' data-qq-class="text" class="e1fxyxu50 css-g7bgpp"')}
<div data-qa="InlineRelatedArticle" class="css-1wt4inl"><span>Read more</span>
<a href="/news/hong-kong/article/3281001/">Hong Kong’s last wooden trams to be rebuilt by volunteer engineers</a></div>
${ps(cBody.slice(3), ' data-qq-class="text" class="e1fxyxu50 css-g7bgpp"')}
</div></div>
<div data-qa="TrustLabel" class="css-zps1yq"><p>Why you can trust SCMP</p></div>
<div data-qa="ArticleTopics" class="css-1w1d5h6"><h2>Topics</h2><ul>${links(cTopics)}</ul></div>
<div data-qa="NewsletterWidget"><h3>SCMP Today: HK Edition</h3><p>Get updates direct to your inbox</p><button>Sign up</button>
<p>By registering, you agree to our T&amp;C and Privacy Policy</p></div>
<div data-qa="Comment-Button"><button>Join the conversation</button></div>
<aside data-qa="MostPopular"><h2>Most popular</h2><ol>${links(cPopular)}</ol></aside></main>
<footer class="css-18k8tq"><ul>${links(cFoot)}</ul><p>Copyright © 2026 South China Morning Post Publishers Ltd. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"3290412","headline":"${cTitle}"}},"page":"/article"}</script>
</body></html>`;
const scmp: TestPage = {
  name: 'heldout262-scmp-nextjs-article',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cPoints, ...cBody]),
  bylines: ['Natalie Cheung', 'Published:', '9:30am, 28 Nov 2026', 'Updated:', '12:05pm, 28 Nov 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'South China Morning Post', 'Subscribe', 'Sign in', ...cNav, 'Advertisement', 'Transport', 'Facebook', 'WhatsApp', 'Copy link', 'Save',
    'The Whitty Street depot in Sai Wan Ho opened in 1932.', 'Photo: Jelly Tse', 'Read more',
    'Hong Kong’s last wooden trams to be rebuilt by volunteer engineers', 'Why you can trust SCMP', 'Topics', ...cTopics, 'SCMP Today: HK Edition',
    'Get updates direct to your inbox', 'Sign up', 'By registering, you agree to our T&C and Privacy Policy', 'Join the conversation', 'Most popular',
    ...cPopular, ...cFoot, 'Copyright © 2026 South China Morning Post Publishers Ltd. All rights reserved.',
  ],
};

export const HELDOUT262_B: readonly TestPage[] = [globe, scmp];
