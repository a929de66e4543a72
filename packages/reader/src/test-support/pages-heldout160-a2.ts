import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file a2: a Gulf News story (the top bar with date and "Subscribe", the section nav and sub-nav, the
 * kicker, the standfirst, author with "Senior Reporter" role, published and updated times, the share bar with "Copy link",
 * the lead image caption, in-text "Also read" links, the WhatsApp channel promo, topic tags, the "Up Next" and "Latest"
 * rails, "Get Updates on Topics You Choose" and the footer).
 */
const gnTitle = 'Dubai to add 14 new shaded cycling routes linking residential communities by 2027';
const gnDek = 'Routes will connect Al Warqa, Mirdif and Nad Al Hamar to metro stations and parks, says Roads authority';
const gnP = [
  'Dubai: Fourteen new cycling routes with shaded sections and cooling stations will link some of Dubai’s busiest residential ' +
    'communities to metro stations, parks and schools by the end of 2027, the city’s roads authority announced on Tuesday.',
  'The routes, covering a combined 118 kilometres, form the next phase of the emirate’s plan to make cycling and scooter trips a ' +
    'realistic option for short daily journeys, not only for weekend leisure rides along the coast.',
  'Eng. Fatima Al Mansoori, director of traffic planning at the authority, said the first three routes would open in the second ' +
    'half of next year. “We studied where people actually travel every day, and most trips inside communities are under five ' +
    'kilometres,” she said. “Those are exactly the trips a bicycle can replace if the route is safe and comfortable.”',
  'Each route will have a dedicated two-way track separated from traffic by a kerb or planted strip. About 40 per cent of the ' +
    'length will be covered by shade structures or tree canopy, and rest points with drinking water and misting fans will be ' +
    'placed roughly every two kilometres.',
  'The first phase will connect Al Warqa and Mirdif to the Green Line and Red Line metro stations, and Nad Al Hamar to a ' +
    'community park and two schools. Later phases will reach Al Barsha South, Jumeirah Village and Dubai Hills.',
  'Residents welcomed the news but said the summer heat remained the biggest obstacle. “I cycle to the metro from October to ' +
    'April, but in July it is simply impossible, shade or no shade,” said Rohan Pillai, an engineer who lives in Mirdif.',
  'Al Mansoori said the authority expected lower use in the hottest months and had designed the cooling stations with that in ' +
    'mind. She added that secure bicycle parking would be installed at every metro station on the new routes, along with ' +
    'repair stands and air pumps.',
  'Dubai’s cycling network has grown to more than 540 kilometres over the past decade, according to the authority. It says the ' +
    'number of cycling and scooter trips recorded on its tracks rose by 26 per cent last year.',
  'The authority said it would consult residents in each community before detailed designs are finalised, with surveys to be ' +
    'published on its app early next year.',
];
const gnNav = ['UAE', 'Gulf', 'World', 'Business', 'Sport', 'Entertainment', 'Lifestyle', 'Opinion', 'Videos', 'Podcasts'];
const gnSub = ['Government', 'Transport', 'Education', 'Health', 'Weather', 'Crime'];
const gnAlso = ['RTA launches e-scooter permits for 12 more areas', 'Where to cycle in Dubai this winter: 9 tracks to try'];
const gnCaption = 'A cyclist on the Al Qudra track. The new routes will link communities to metro stations and parks.';
const gnWa = 'Stay up to date with all the latest news. Follow Gulf News on WhatsApp Channels.';
const gnTags = ['Dubai', 'RTA', 'Cycling', 'Transport'];
const gnUpNext = ['Sharjah opens new bus route between University City and Al Nahda', 'UAE weather: fog alert issued for Abu Dhabi roads'];
const gnLatest = ['Gold prices in Dubai dip on Tuesday morning', 'Abu Dhabi announces free parking on National Day', 'Ajman court fines driver Dh10,000'];
const gnFoot = ['About Us', 'Contact Us', 'Advertise with us', 'Careers', 'Terms & Conditions', 'Privacy Policy', 'Cookie Policy', 'Sitemap'];
const gnHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${gnTitle} | Transport – Gulf News</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${gnDek}">
<meta property="og:site_name" content="Gulf News"><meta property="og:title" content="${gnTitle}"><meta name="twitter:site" content="@gulf_news">
<link rel="canonical" href="https://gulfnews.com/uae/transport/dubai-to-add-14-new-shaded-cycling-routes-1.500331981">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","description":"${gnDek}",
"datePublished":"2025-11-18T11:04:00+04:00","dateModified":"2025-11-18T15:22:00+04:00","author":[{"@type":"Person","name":"Sami Khalifa"}],
"publisher":{"@type":"Organization","name":"Gulf News"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"story","section":"transport"});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="story-page">
<div class="top-bar"><span class="top-bar-date">Tuesday, November 18, 2025</span><a class="top-bar-subscribe" href="/subscribe">Subscribe</a></div>
<header class="header" id="header"><a class="logo" href="/"><img src="/static/gn-logo.svg" alt="Gulf News"></a>
<nav class="main-nav" aria-label="Main navigation"><ul>${links(gnNav, 'main-nav-item')}</ul></nav>
<nav class="sub-nav" aria-label="UAE"><ul>${links(gnSub, 'sub-nav-item')}</ul></nav></header>
<div class="ad-container ad-leaderboard"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main class="story-container"><div class="story-wrapper"><article class="story" data-story-id="1.500331981">
<div class="story-header"><a class="story-kicker" href="/uae/transport">Transport</a><h1 class="story-title">${gnTitle}</h1>
<h2 class="story-subtitle">${gnDek}</h2>
<div class="story-meta"><div class="author"><a class="author-name" href="/author/sami-khalifa">Sami Khalifa</a>
<span class="author-role">Senior Reporter</span></div>
<div class="time"><span class="published">Published: November 18, 2025 11:04</span><span class="updated">Last updated: November 18, 2025 15:22</span></div>
<span class="reading-time">3 MIN READ</span></div>
<div class="share-bar"><button class="share-btn" data-share="whatsapp">WhatsApp</button><button class="share-btn" data-share="facebook">Facebook</button>
<button class="share-btn" data-share="x">X</button><button class="share-btn" data-share="copy">Copy link</button></div></div>
<figure class="story-lead-image"><img src="https://imagevars.gulfnews.example/cycle.jpg" alt="Al Qudra cycling track">
<figcaption>${gnCaption}<span class="credit">Image Credit: Supplied</span></figcaption></figure>
<div class="story-element story-element-text">
${ps(gnP.slice(0, 3))}
<div class="also-read"><span class="also-read-label">Also read</span><ul>${links(gnAlso)}</ul></div>
${ps(gnP.slice(3, 6))}
<div class="ad-container ad-mpu"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
${ps(gnP.slice(6))}
</div>
<div class="whatsapp-promo"><a href="https://whatsapp.com/channel/gulfnews">${gnWa}</a></div>
<div class="story-tags"><ul>${links(gnTags, 'tag')}</ul></div>
<div class="topics-follow"><h4>Get Updates on Topics You Choose</h4><p>By signing up, you agree to our Privacy Policy and Terms of Use.</p>
<button>Sign up</button></div>
</article>
<aside class="story-sidebar"><section class="up-next"><h3>Up Next</h3><ul>${links(gnUpNext)}</ul></section>
<section class="latest"><h3>Latest</h3><ul>${links(gnLatest)}</ul></section>
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-rail"></div></div></aside></div></main>
<footer class="footer"><ul>${links(gnFoot, 'footer-item')}</ul>
<p class="copyright">© Al Nisr Publishing LLC 2025. All rights reserved.</p></footer>
<script src="/static/js/story.bundle.js" defer></script></body></html>`;
export const gulfNews: TestPage = {
  name: 'heldout160-gulfnews-news',
  kind: 'news',
  html: gnHtml,
  title: gnTitle,
  // the standfirst is body (batch convention: a dek is body)
  headings: [],
  body: [gnDek, ...texts(gnP)],
  bylines: ['Sami Khalifa', 'Published: November 18, 2025 11:04', 'Last updated: November 18, 2025 15:22', '3 MIN READ'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuesday, November 18, 2025', 'Subscribe', ...gnNav, ...gnSub, 'Advertisement', 'Senior Reporter', 'WhatsApp', 'Facebook', 'X',
    'Copy link', gnCaption, 'Image Credit: Supplied', 'Also read', ...gnAlso,
    gnWa,
    ...gnTags, 'Get Updates on Topics You Choose', 'By signing up, you agree to our Privacy Policy and Terms of Use.', 'Sign up', 'Up Next', ...gnUpNext,
    'Latest', ...gnLatest, ...gnFoot, '© Al Nisr Publishing LLC 2025. All rights reserved.',
  ],
};
