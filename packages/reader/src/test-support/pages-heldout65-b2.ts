import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file b2: a Forbes staff article in the Forbes breaking-news format (the header with channel nav,
 * "Subscribe" and "Sign In", the channel breadcrumb and "EDITORS' PICK" badge, headline, the contributor block with "Forbes
 * Staff", bio line and "Follow Author", the timestamps, the share/save/comment bar, the body under "Topline / Key Facts /
 * Big Number / Crucial Quote / What To Watch For / Key Background" with an image embed, an inline Forbes link card and the
 * Forbes Daily signup box, the "Further Reading" list, "Editorial Standards" and "Reprints & Permissions", the "Join The
 * Conversation" comments box, "More From Forbes", the consent banner and the footer).
 */
const fbTitle = 'AI Cloud Startup Ferrous Compute Raises $140 Million As Chip Rental Prices Tumble';
const fbH = ['Topline', 'Key Facts', 'Big Number', 'Crucial Quote', 'What To Watch For', 'Key Background'];
const fbTopline =
  'Ferrous Compute, a Denver-based startup that rents out graphics processors to artificial intelligence companies, said ' +
  'Wednesday it raised $140 million in new funding, betting that falling prices for AI computing will help smaller cloud ' +
  'providers win customers from the largest tech companies.';
const fbFacts = [
  'The Series C round was led by the venture firm Lattice Hill Partners and values Ferrous at $1.1 billion, according to a ' +
    'person familiar with the deal who was not authorized to discuss it publicly.',
  'Ferrous operates three data centers in Colorado, Utah and Texas with about 18,000 GPUs in total, and plans to use the new ' +
    'money to open a fourth site outside Omaha next year.',
  'The company charges customers by the minute rather than requiring the multiyear contracts common at larger providers, a ' +
    'model chief executive Priya Narang told <em>Forbes</em> has helped it sign more than 400 customers, most of them startups.',
  'Ferrous said its revenue roughly tripled in the first nine months of 2025 compared with the same period a year earlier, ' +
    'but declined to say whether it is profitable.',
];
const fbBig =
  '38%. That is how much the average hourly price to rent a high-end AI chip fell between January and October, according to ' +
  'the market tracker GPU Index, as new supply came online and demand for training very large models leveled off.';
const fbQuote =
  '“When prices were sky-high, the only thing that mattered was who could get chips at all,” Narang said in an interview. ' +
  '“Now that there are enough to go around, customers care about flexibility and service, and that is where a smaller ' +
  'company can win.”';
const fbWatch =
  'Whether cheaper computing squeezes smaller providers’ margins. Analysts at Corbel Research warned in a note last month ' +
  'that several GPU rental startups borrowed heavily to buy chips at peak prices and could struggle to repay those loans if ' +
  'rental rates keep falling.';
const fbBackground = [
  'A wave of so-called neoclouds sprang up in 2023 and 2024, when shortages of the most advanced processors left AI ' +
    'developers waiting months for capacity from the biggest cloud platforms. Many of them, like Ferrous, began life as ' +
    'cryptocurrency miners with cheap power contracts and warehouse space.',
  'Ferrous was founded in 2021 by Narang and two former colleagues from a Boulder energy trading firm, and converted its ' +
    'mining sites to AI workloads in the spring of 2023. It has now raised about $260 million in total.',
];
const fbFurther = [
  'The Neocloud Boom: Inside The Race To Rent Out AI Chips (Forbes)',
  'GPU Prices Are Falling. Here’s Who Loses (Forbes)',
  'Former Crypto Miners Are Reinventing Themselves As AI Landlords (Forbes)',
];
const fbNav = ['Billionaires', 'Innovation', 'Leadership', 'Money', 'Business', 'Small Business', 'Lifestyle', 'Lists', 'Advisor', 'Breaking'];
const fbCardTitle = 'These Are The Fastest-Growing Cloud Companies Of 2025';
const fbCardBy = 'By Alicia Brennan';
const fbDaily = [
  'Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories, exclusive reporting and essential ' +
    'analysis of the day’s news in your inbox every weekday.',
  'By signing up, you agree to receive this newsletter, other updates about Forbes and its affiliates’ offerings, our Terms ' +
    'of Service and you acknowledge our Privacy Statement. Forbes is protected by reCAPTCHA.',
];
const fbMore = [
  'The Richest People In Tech 2025',
  'Why This Billionaire Is Betting On Nuclear Power For Data Centers',
  'Forbes Cloud 100: The Startups To Watch',
];
const fbFoot = [
  'Reprints & Permissions',
  'Terms and Conditions',
  'Privacy Statement',
  'Contact Us',
  'Send Us Feedback',
  'Report a Security Issue',
  'Jobs At Forbes',
  'Advertise',
];
const fbCap = 'Rental prices for high-end AI chips have fallen sharply this year as new supply came online.';
const fbBio = 'I cover breaking news, with a focus on technology and markets.';
const fbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fbTitle}</title>
<meta name="description" content="The Denver-based GPU rental company is now valued at $1.1 billion.">
<meta property="article:author" content="https://www.forbes.com/sites/marcusoyelaran/"><meta name="news_keywords" content="Innovation, AI, Breaking">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fbTitle}","datePublished":"2025-11-12T11:32:00-05:00",
"dateModified":"2025-11-12T14:10:00-05:00","author":{"@type":"Person","name":"Marcus Oyelaran","url":"https://www.forbes.com/sites/marcusoyelaran/",
"description":"${fbBio}"},"publisher":{"@type":"Organization","name":"Forbes"},"isAccessibleForFree":true}</script>
<script>window.forbes = window.forbes || {}; forbes["simple-site"] = {"tracking":{"channel":"innovation","section":"ai","authorType":"Staff"}};</script>
<style>.article-body p{font-family:Georgia,serif}.vestpocket{border-top:2px solid #000}</style></head>
<body class="article-page"><div class="header__container"><header class="header" role="banner"><a class="header__logo" href="https://www.forbes.com"
 aria-label="Forbes Logo"><svg role="img"><title>Forbes</title></svg></a>
<nav class="header__channels" aria-label="channels"><ul>${links(fbNav, 'header__channel')}</ul></nav>
<a class="header__subscribe" href="https://account.forbes.com/subscribe">Subscribe: Less than $1.50/wk</a>
<button class="header__signin">Sign In</button></header></div>
<main class="main-content main-content--body"><div class="fs-article-wrapper"><article class="article-body-container">
<div class="top-label-wrapper"><a class="top-label" href="https://www.forbes.com/innovation/">Innovation</a><span class="top-label__sep">/</span>
<a class="top-label" href="https://www.forbes.com/ai/">AI</a><span class="editors-pick">EDITORS' PICK</span></div>
<h1 class="fs-headline speakable-headline font-base font-size should-redesign">${fbTitle}</h1>
<div class="top-contrib-block"><div class="contrib-byline-author"><div class="contributor-info"><span class="contrib-by">By</span>
<a class="contrib-link--name remove-underline" href="https://www.forbes.com/sites/marcusoyelaran/">Marcus Oyelaran</a>,
<div class="contrib-byline-type">Forbes Staff.</div></div><div class="contributor-bio-wrapper"><div class="contributor-bio">${fbBio}</div></div>
<button class="follow-button" data-ga-track="Follow Author">Follow Author</button></div></div>
<div class="content-data metrics-text color-body light-text"><time datetime="2025-11-12T11:32:00-05:00">Nov 12, 2025, 11:32am EST</time>
<span class="updated-label">Updated Nov 12, 2025, 02:10pm EST</span></div>
<div class="sharing-container"><div class="sharing"><button class="share-button" aria-label="Share to Facebook"></button>
<button class="share-button" aria-label="Share to Twitter"></button><button class="share-button" aria-label="Share to Linkedin"></button></div>
<button class="save-button"><span>Save Article</span></button><button class="comment-button"><span class="comment-count">3</span><span>Comment</span>
</button></div>
<div class="article-body fs-article fs-responsive-text current-article">
<h2 class="subhead-embed color-accent">${fbH[0]}</h2><p>${fbTopline}</p>
<figure class="embed-base image-embed embed-0" role="presentation"><div class="image-embed__placeholder"><progressive-image
 src="https://imageio.forbes.com/specials-images/imageserve/6733f1c2/0x0.jpg?width=960" alt="GPU server racks"></progressive-image></div>
<figcaption><div class="caption-container"><p class="color-body light-text">${fbCap}</p><small>getty</small></div></figcaption></figure>
<h2 class="subhead-embed color-accent">${fbH[1]}</h2><ul>${fbFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="link-embed"><a class="link-embed__a" href="https://www.forbes.com/sites/aliciabrennan/2025/08/19/fastest-growing-cloud-companies/">
<div class="link-embed__content"><div class="link-embed__brand">Forbes</div><div class="link-embed__title">${fbCardTitle}</div>
<div class="link-embed__author">${fbCardBy}</div></div></a></div>
<h2 class="subhead-embed color-accent">${fbH[2]}</h2><p>${fbBig}</p>
<div class="vestpocket" vest-pocket=""><div class="flex-row"><p class="vestpocket__pitch">${fbDaily[0]}</p>
<form class="vestpocket__form"><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign Up</button></form>
<p class="vestpocket__legal">${fbDaily[1]}</p></div></div>
<h2 class="subhead-embed color-accent">${fbH[3]}</h2><p>${fbQuote}</p>
<h2 class="subhead-embed color-accent">${fbH[4]}</h2><p>${fbWatch}</p>
<h2 class="subhead-embed color-accent">${fbH[5]}</h2>${fbBackground.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="subhead-embed color-accent">Further Reading</h2><p>${fbFurther.map((t) => `<a href="https://www.forbes.com/sites/">${t}</a>`).join('<br>')}</p>
</div>
<div class="article-footer"><a href="https://www.forbes.com/sites/forbes-press-releases/editorial-standards/">Editorial Standards</a>
<a href="https://www.parsintl.com/publication/forbes/">Reprints &amp; Permissions</a></div>
<section class="conversation"><h4 class="conversation__title">Join The Conversation</h4><p class="conversation__count">Comments 3</p>
<p class="conversation__pitch">One Community. Many Voices. Create a free account to share your thoughts.</p>
<a class="conversation__guidelines" href="https://www.forbes.com/sites/forbesstaff/community-guidelines/">Read our community guidelines here.</a></section>
</article></div>
<section class="more-from-forbes"><h3 class="more-from-forbes__title">More From Forbes</h3><ul>${links(fbMore, 'more-from-forbes__item')}</ul></section></main>
<footer class="footer"><p class="footer__copyright">© 2025 Forbes Media LLC. All Rights Reserved.</p><ul>${links(fbFoot, 'footer__link')}</ul>
<button class="footer__ad-choices">AdChoices</button></footer>
<div id="truste-consent-track" class="truste-banner"><p>By continuing to use our site, you agree to the use of cookies and similar technologies
 as described in our Privacy Statement.</p><button id="truste-consent-button">Accept All</button><button id="truste-show-consent">Cookie Preferences</button>
</div>
<noscript><img src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=6872712&amp;cv=4.4.0&amp;cj=1" alt=""></noscript>
</body></html>`;
export const forbesArticle: TestPage = {
  html: fbHtml,
  name: 'heldout65-forbes-staff-article',
  kind: 'news',
  // the six breaking-news labels (Topline, Key Facts ... Key Background) are h2s heading the article's own parts: headings;
  // the key facts list is body. "Further Reading" is a list of links to other Forbes stories (a "See also" list): its head
  // and links are furniture. Bylines: the name, "Forbes Staff.", the one-line bio beside it and both timestamps ("By" in
  // neither). Furniture: the channel breadcrumb (only "Innovation": "AI" is a word of the body), "EDITORS' PICK",
  // "Follow Author", the save and comment buttons, the caption and its "getty" credit, the inline link card with its brand,
  // title and "By Alicia Brennan" (a related story's byline: part of the card), the Forbes Daily box, "Editorial Standards",
  // "Reprints & Permissions", "Join The Conversation" and its lines, "More From Forbes", consent banner, header, nav and
  // footer. The nav's "Business" and "Money" and the card's "Forbes" (words of the body) are left out
  title: fbTitle,
  headings: fbH,
  body: [fbTopline, ...texts(fbFacts), fbBig, fbQuote, fbWatch, ...fbBackground],
  bylines: ['Marcus Oyelaran', 'Forbes Staff.', fbBio, 'Nov 12, 2025, 11:32am EST', 'Updated Nov 12, 2025, 02:10pm EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fbNav.filter((t) => t !== 'Business' && t !== 'Money'), 'Subscribe: Less than $1.50/wk', 'Sign In', "EDITORS' PICK", 'Follow Author',
    'Save Article', 'Comment', fbCap, 'getty', fbCardTitle, fbCardBy, ...fbDaily, 'Sign Up', 'Further Reading', ...fbFurther,
    'Editorial Standards', 'Join The Conversation', 'Comments 3', 'One Community. Many Voices. Create a free account to share your thoughts.',
    'Read our community guidelines here.', 'More From Forbes', ...fbMore, '© 2025 Forbes Media LLC. All Rights Reserved.', ...fbFoot,
    'AdChoices',
    'By continuing to use our site, you agree to the use of cookies and similar technologies as described in our Privacy Statement.',
    'Accept All', 'Cookie Preferences',
  ],
};
