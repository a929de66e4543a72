import { links, ps, type TestPage, texts } from './page-kit.js';
import { dailyMailStory } from './pages-heldout78-a2.js';

/**
 * Held-out batch 78, file a: a standard news story on The Independent (masthead with "Subscribe" and "Log in", section nav,
 * the hidden "Thank you for registering" modal, the Sourcepoint consent container, section crumbs, standfirst, author and role,
 * date, "Comments" count and "Bookmark", a lead image caption with credit, the inline breaking-news "Sign up" box with its
 * privacy line, an inline "Read More" block, "More about" tags, the "Join our commenting forum" box, the support appeal,
 * "Most popular" and "Popular videos" rails and the footer), and a Daily Mail story (file a2).
 */
const indTitle = 'Saltmouth pier to close for two years after engineers find storm damage ‘far worse’ than feared';
const indStand = 'Council says the 1890s structure needs new piles along almost half its length, with repairs costing an estimated £14m';
const ind1 = [
  'A Victorian pier that has drawn day-trippers to the seaside town of Saltmouth for more than 130 years will close for at least two years ' +
    'after engineers found that storm damage to its supports was far worse than first thought.',
  'Brackenshore District Council said a survey carried out over the summer had found corrosion and cracking in 61 of the pier’s 140 ' +
    'cast-iron piles, including several that had shifted by up to 30 centimetres during the storms of last winter.',
  'The council, which owns the pier, had hoped to reopen the landward half of the deck by Easter. That plan has now been abandoned, and the ' +
    'whole structure will stay behind fences while the piles are replaced.',
  '“Nobody wanted this result,” said councillor Maureen Adeyemi, who leads on the seafront. “But when the engineers tell you a structure ' +
    'has moved in the sea, you listen. Safety has to come first, even when it breaks hearts.”',
];
const indH1 = '‘The heart of the town’';
const ind2 = [
  'Traders on the promenade said the news would hit a summer season that was already fragile. The pier’s amusement arcade, fish and chip ' +
    'kiosk and angling platform employed 42 people before it shut in February.',
  'Derek Holloway, who has run the kiosk at the pier gate for 19 years, said he had kept his staff on in the hope of a spring reopening. ' +
    '“Two years is a long time for a family business to stand still,” he said. “We’ll try to trade from the front, but people come here to ' +
    'walk out over the water, not to look at fencing.”',
  'The council puts the cost of the repairs at about £14m. It has applied to the <a href="/topic/coastal-heritage">National Coastal ' +
    'Heritage Fund</a> for half of the money and says it will borrow the rest if the bid fails, spreading repayments over 25 years.',
];
const indH2 = 'Repairs to begin in spring';
const ind3 = [
  'Work is due to start in April, when contractors will build a temporary jetty alongside the pier to carry a crane. Each damaged pile will ' +
    'be cut away and replaced with a steel one cased in concrete, a method the council says should give the pier another century of life.',
  'The Saltmouth Pier Trust, a volunteer group formed in 2019, welcomed the decision to repair rather than demolish. Its chair, Priya ' +
    'Lindqvist, said members would hold open days on the promenade to explain the work and raise money for a heritage display at the pier head.',
  '“We were afraid the council would take the cheap option and pull it down,” she said. “Instead we have a plan and a date. It’s painful, ' +
    'but it’s the right kind of painful.”',
  'The council said it would publish the full engineering report on its website next week and hold a public meeting at the town’s Assembly ' +
    'Rooms on 20 November.',
];
const indNav = ['News', 'Sport', 'Culture', 'Lifestyle', 'Travel', 'Premium', 'Independent TV', 'Climate', 'Voices', 'Money', 'Tech'];
const indCrumbs = ['UK', 'Home News'];
const indCaption = 'Fencing has blocked the pier gate since the storms in February';
const indNews = {
  title: 'Sign up to our free breaking news emails',
  text: 'Get the day’s biggest stories in your inbox as they happen',
  privacy: 'I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice',
  done: 'Thanks for signing up to the Breaking News email',
};
const indRead = [
  'Seafront hotel owners warn of ‘lost summer’ as storm repairs drag on',
  'Britain’s piers: the Victorian landmarks fighting the sea',
  'Coastal towns to share £40m for flood defences, minister says',
];
const indTags = ['Piers', 'Storms', 'Local councils', 'Coastal towns'];
const indComments = {
  title: 'Join our commenting forum',
  text: 'Join thought-provoking conversations, follow other Independent readers and see their replies',
};
const indAppeal = [
  'Our mission is to deliver unbiased, fact-based reporting that holds power to account and exposes the truth.',
  'Whether $5 or $50, every contribution counts.',
  'Support us to deliver journalism without an agenda.',
];
const indPopular = [
  'Man arrested after car crashes through shop window in Hallcombe',
  'Forecasters issue frost warning as temperatures set to plunge',
  'Rail fares to rise by 4.1 per cent in March, operators confirm',
  'Former bandmate pays tribute to singer who died aged 58',
  'The small island where nobody owns a car',
];
const indVideos = ['Moment wave crashes over harbour wall caught on camera', 'Drone footage shows scale of cliff collapse'];
const indFoot = [
  'Install our Apps',
  'Contact Us',
  'Jobs',
  'Puzzles',
  'All Topics',
  'Advertise with us',
  'Contributors',
  'Cookie policy',
  'Privacy notice',
  'Code of conduct and complaints',
  'Donate',
];
const indAd = '<div class="sc-1mx3u6k-0 dmSDgW ad-slot" data-ad-position="inline"><span class="ad-label">Advertisement</span><div id="inline-1"></div></div>';
const indHtml = `<!DOCTYPE html>
<html lang="en-GB" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Saltmouth pier to close for two years after engineers find storm damage ‘far worse’ than feared | The Independent</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${indStand}">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Independent">
<meta property="og:title" content="Saltmouth pier to close for two years after engineers find storm damage ‘far worse’ than feared">
<meta property="article:published_time" content="2025-11-04T12:41:07.000Z"><meta property="article:section" content="Home News">
<meta name="article.type" content="Standard"><link rel="canonical" href="https://www.independent.co.uk/news/uk/home-news/saltmouth-pier-closure-b2856412.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Saltmouth pier to close for two years",
"datePublished":"2025-11-04T12:41:07.000Z","author":[{"@type":"Person","name":"Harriet Quayle"}],"isAccessibleForFree":true,
"publisher":{"@type":"Organization","name":"The Independent"}}</script>
<script>window.JSGlobals = {"mode":"production","articleId":"b2856412","section":"news/uk/home-news","premium":false};</script>
<script async src="https://static.independent.co.uk/js/vendor.6c1f0.js"></script>
<style>.sc-1xt8ss1-0{display:flex}.ad-label{font-size:10px;text-transform:uppercase}</style></head>
<body class="article-page standard-article">
<div id="sp_message_container_1081217" class="sp-message-open"><iframe title="SP Consent Message" src="about:blank"></iframe></div>
<div id="root"><a href="#main" class="sc-skip-link">Skip to main content</a>
<header id="header" class="sc-1xt8ss1-0 fVWxkr"><div class="sc-1xt8ss1-1 masthead">
<button type="button" aria-label="Open menu" class="sc-burger"><span>Menu</span></button>
<a href="/" aria-label="The Independent" class="sc-logo"><svg role="img" aria-hidden="true"></svg></a>
<div class="sc-1xt8ss1-3 masthead-actions"><a href="/subscribe?regSourceMethod=HEADER" class="sc-subscribe-button">Subscribe</a>
<button type="button" class="sc-login-button" data-gtm-tracking="header-login">Log in</button></div></div>
<nav aria-label="Main navigation" class="sc-1xt8ss1-4 primary-nav"><ul>${links(indNav, 'sc-nav-item')}</ul></nav></header>
<div class="sc-modal" id="register-modal" aria-hidden="true" style="display:none"><h2>Thank you for registering</h2>
<p>Please refresh the page or navigate to another page on the site to be automatically logged in</p></div>
<main id="main-content"><article class="sc-ajj9ts-0 article-wrapper" data-article-id="b2856412">
<header id="articleHeader" class="sc-1sbgp3p-0 article-header"><nav aria-label="Breadcrumb" class="sc-crumbs"><ol>${links(indCrumbs)}</ol></nav>
<h1 class="sc-headline">${indTitle}</h1>
<h2 class="sc-standfirst" data-testid="standfirst">${indStand}</h2>
<div class="sc-article-meta"><div class="sc-author-wrapper"><div class="sc-author"><a href="/author/harriet-quayle" rel="author">Harriet Quayle</a></div>
<span class="sc-author-role">South West Correspondent</span></div>
<div class="sc-date"><time datetime="2025-11-04T12:41:07.000Z">Tuesday 04 November 2025 12:41 GMT</time></div>
<div class="sc-article-actions"><a href="#comments" class="sc-comments-count" data-gtm="comments-top"><span>Comments</span></a>
<button type="button" class="sc-bookmark" aria-label="Bookmark"><span>Bookmark</span></button>
<div class="sc-share" role="group" aria-label="Share"><a href="https://www.facebook.com/sharer.php" aria-label="Share on Facebook"></a>
<a href="https://twitter.com/intent/tweet" aria-label="Share on X"></a><a href="mailto:?subject=Saltmouth" aria-label="Share via email"></a></div></div></div>
<figure class="sc-lead-image"><div class="sc-image-wrapper"><img src="https://static.independent.co.uk/2025/11/04/saltmouth-pier.jpg"
alt="Saltmouth pier" width="1200" height="800"></div><figcaption class="sc-caption">${indCaption} <span class="sc-credit">(PA)</span></figcaption></figure>
</header>
<div class="sc-support-banner" data-component="article-top-appeal"><p>Support truly independent journalism</p>
<a href="/donations?regSourceMethod=ARTICLE_TOP">Support Now</a></div>
<div id="main" class="sc-1tw5ko3-0 main-wrapper" data-article-body="true">
${ps(ind1.slice(0, 2))}
<div class="sc-newsletter-inline inline-newsletter" data-newsletter="breaking-news" data-position="inline-1">
<h3 class="sc-newsletter-title">${indNews.title}</h3><p class="sc-newsletter-text">${indNews.text}</p>
<form class="sc-newsletter-form" action="/newsletters/subscribe" method="post"><label for="nl-email" class="visually-hidden">Email address</label>
<input id="nl-email" type="email" placeholder="Enter your email address"><button type="submit">Sign up</button>
<label class="sc-opt-in"><input type="checkbox" name="marketing">${indNews.privacy}</label></form>
<p class="sc-newsletter-success" hidden>${indNews.done}</p></div>
${ps(ind1.slice(2))}
${indAd}
<h2>${indH1}</h2>
${ps(ind2.slice(0, 2))}
<div class="sc-related-inline" data-component="read-more"><h4>Read More</h4><ul>${links(indRead)}</ul></div>
${ps(ind2.slice(2))}
<h2>${indH2}</h2>
${ps(ind3.slice(0, 2))}
${indAd.replace('inline-1', 'inline-2')}
${ps(ind3.slice(2))}
</div>
<div class="sc-topic-tags"><h3>More about</h3><ul>${links(indTags, 'sc-tag')}</ul></div>
<div id="comments" class="sc-comments-cta"><h3>${indComments.title}</h3><p>${indComments.text}</p>
<button type="button" data-gtm="open-comments">Comments</button></div>
<aside class="sc-appeal" data-component="article-bottom-appeal"><h3>Independent journalism needs you</h3>
${ps(indAppeal)}<a href="/donations?regSourceMethod=ARTICLE_BOTTOM" class="sc-appeal-button">Support us</a></aside>
</article>
<aside class="sc-rail"><section class="sc-most-popular"><h2>Most popular</h2><ol>${links(indPopular)}</ol></section>
<section class="sc-videos"><h2>Popular videos</h2><ul>${links(indVideos)}</ul></section>
<section class="sc-sponsored"><h2>Sponsored Features</h2><ul>${links(['How one family business is keeping seaside crafts alive'])}</ul></section></aside>
</main>
<footer class="sc-footer"><ul>${links(indFoot)}</ul><p>© 2025 Independent Digital News &amp; Media Ltd</p></footer></div>
<script src="https://static.independent.co.uk/js/main.6c1f0.js" defer></script></body></html>`;
const independent: TestPage = {
  html: indHtml,
  name: 'heldout78-independent-news',
  kind: 'news',
  // the standfirst under the headline is body (the publisher's own text of the story); the section crumbs, the author's role,
  // the caption and its "(PA)" credit, the inline sign-up box, "Read More" block, ad labels, tags, commenting box, appeals,
  // rails, the hidden registration modal and the footer are furniture
  title: indTitle,
  headings: [indH1, indH2],
  body: [indStand, ...ind1, ...texts(ind2), ...ind3],
  bylines: ['Harriet Quayle', 'South West Correspondent', 'Tuesday 04 November 2025 12:41 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Subscribe', 'Log in', ...indNav, 'UK', 'Home News', 'Thank you for registering',
    'Please refresh the page or navigate to another page on the site to be automatically logged in', 'Comments', 'Bookmark', indCaption, '(PA)',
    'Support truly independent journalism', 'Support Now', indNews.title, indNews.text, 'Email address', 'Sign up', indNews.privacy, indNews.done,
    'Advertisement', 'Read More', ...indRead, 'More about', ...indTags, indComments.title, indComments.text,
    'Independent journalism needs you', ...indAppeal, 'Support us', 'Most popular', ...indPopular, 'Popular videos', ...indVideos,
    'Sponsored Features', 'How one family business is keeping seaside crafts alive', ...indFoot, '© 2025 Independent Digital News & Media Ltd',
  ],
};

export const HELDOUT78_A: readonly TestPage[] = [independent, dailyMailStory];
