import { links, type TestPage, texts } from './page-kit.js';
import { denverPost } from './pages-heldout142-c2.js';

/**
 * Held-out batch 142, file c: a Seattle Times "Traffic Lab" story on its WordPress VIP theme (the "Unlimited Digital Access"
 * bar, skip link, header with "Subscribe" and "Log In", the section nav, the kicker, headline, byline with the staff title and
 * the first-published / updated dates, the "Share story" button with its hidden share menu, the lead photo with caption and
 * credit, story text with two subheads, an ad, the italic contact tagline at the end, the "Traffic Lab" project note, the
 * "Most Read Local Stories" list and the footer) and, from file c2, a Denver Post story.
 */
const seTitle = 'Bellhaven will narrow Shoreline Avenue to two lanes after years of crashes';
const seP1 = texts([
  'Bellhaven will take two of the four lanes on Shoreline Avenue and give them to bike lanes, wider sidewalks and a center ' +
    'turn lane, after a series of crashes that killed three people on the street in the past five years.',
  'The City Council approved the $11.4 million redesign 5-2 on Monday. Work on the 1.6-mile stretch between the ferry terminal ' +
    'and Northgate Road is scheduled to begin next spring and finish by the end of 2027.',
  'Shoreline Avenue carries about 17,000 vehicles on a typical weekday, according to city counts. Traffic engineers told the ' +
    'council that is well within what a two-lane street with a turn lane can handle, and that cars would move at about the ' +
    'same speed at rush hour as they do now.',
]);
const seH1 = 'Why the city is changing the street';
const seP2 = texts([
  'Between 2020 and 2024, police recorded 212 crashes on the stretch, 31 of them involving someone walking or riding a bike. ' +
    'Most happened when drivers in the inside lane turned left across traffic, or when a driver in one lane stopped for a ' +
    'pedestrian and a driver in the next lane did not.',
  'Four-lane streets without a turn lane are among the most dangerous designs in the state, said Priya Raman, the city’s ' +
    'transportation director. “People are changing lanes to get around someone waiting to turn,” she said. “That is when ' +
    'somebody in a crosswalk gets hit.”',
  'Cities across the region have made similar changes in the past decade. A state study of 19 such projects found that ' +
    'injury crashes fell by an average of 29 percent in the three years after the work was done.',
]);
const seH2 = 'Business owners worry about parking';
const seP3 = texts([
  'The plan removes 46 of the 130 on-street parking spaces along the avenue, most of them near the ferry terminal. Several ' +
    'business owners told the council that customers already struggle to park on busy summer weekends.',
  '“I am all for safer streets,” said Hal Jorgensen, who owns a hardware store on the avenue. “But if people cannot park, they ' +
    'will drive to the big box store off the highway, and they will not come back.”',
  'The city plans to add 60 spaces in a lot it is leasing from a church two blocks away and to put time limits on the ' +
    'remaining street spaces. Council member Joanna Whitfield, who voted against the plan, said she wanted the city to build ' +
    'the new parking before taking any away.',
  'Raman said construction would be done in stages so that no more than a few blocks are closed at once, and that businesses ' +
    'would be able to keep their front doors open throughout.',
]);
const seNav = ['Local', 'Business', 'Nation & World', 'Sports', 'Entertainment', 'Life', 'Homes & Real Estate', 'Opinion', 'Obituaries'];
const seShare = ['Facebook', 'LinkedIn', 'Email', 'Copy Link'];
const seCaption = 'A pedestrian crosses Shoreline Avenue near the Bellhaven ferry terminal on Friday.';
const seCredit = '(Daniel Ostrowski / The Seattle Times)';
const seTagline =
  'Corinne Abbott: cabbott@seattletimes.com; Corinne Abbott is a Seattle Times staff reporter covering transportation and the Traffic Lab project.';
const seLab =
  'Traffic Lab is a Seattle Times project that digs into the region’s transportation issues, with funding from several local businesses. ' +
  'The Seattle Times maintains editorial control over Traffic Lab content.';
const sePopular = [
  'King County ferry riders face longer waits as two boats go in for repairs',
  'Snoqualmie Pass could see first snow of the season this weekend',
  'Tacoma’s new waterfront park opens to crowds',
  'Where to see the salmon run in Seattle this fall',
  'Why your electric bill may rise next year',
];
const seFoot = ['Contact', 'Help', 'Subscriber Services', 'Newsletters', 'Advertise', 'Jobs at The Seattle Times', 'Privacy Statement', 'Terms of Service'];
const seP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const seHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${seTitle} | The Seattle Times</title>
<meta name="description" content="The City Council approved an $11.4 million redesign of 1.6 miles of Shoreline Avenue.">
<meta property="og:site_name" content="The Seattle Times">
<meta property="og:type" content="article"><meta property="og:title" content="${seTitle}"><meta name="parsely-section" content="Local News">
<link rel="canonical" href="https://www.seattletimes.com/seattle-news/transportation/bellhaven-shoreline-avenue-road-diet/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${seTitle}","datePublished":"2025-10-07T06:00:00-07:00",
"dateModified":"2025-10-07T13:14:00-07:00","author":[{"@type":"Person","name":"Corinne Abbott"}],"publisher":{"@type":"Organization",
"name":"The Seattle Times"}}</script>
<link rel="stylesheet" href="https://www.seattletimes.com/wp-content/themes/st_refresh/dist/css/main.css?ver=9.4.1">
<script>var st_page_data={"post_id":6591443,"section":"local","subsection":"transportation","paywall":"metered"};</script></head>
<body class="post-template-default single single-post postid-6591443 single-format-standard traffic-lab">
<div class="digital-access-bar"><a href="https://checkout.seattletimes.com/?promo=dab">Unlimited Digital Access: $1 for 4 weeks</a></div>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header"><div class="site-header-top"><button class="nav-toggle" aria-label="Open navigation">
<span class="nav-toggle-label">Menu</span></button>
<a class="site-logo" href="/"><img src="/wp-content/themes/st_refresh/img/st-logo.svg" alt="The Seattle Times"></a>
<div class="user-actions"><a class="button button-subscribe" href="/subscribe/">Subscribe</a><a class="user-login" href="/my-account/">Log In</a></div></div>
<nav class="site-nav" aria-label="Site sections"><ul class="site-nav-list">${links(seNav, 'site-nav-item')}</ul></nav></header>
<main id="main" class="site-main"><article id="article-6591443" class="article">
<header class="article-header"><p class="article-kicker"><a href="/seattle-news/transportation/">Transportation</a></p>
<h1 class="article-title">${seTitle}</h1>
<div class="article-meta"><div class="article-byline"><a class="author-link" href="/author/corinne-abbott/">Corinne Abbott</a>
<span class="author-title">Seattle Times staff reporter</span></div>
<div class="article-dates"><time class="article-time-published" datetime="2025-10-07T06:00:00-07:00">Oct. 7, 2025 at 6:00 am</time>
<span class="article-time-updated">Updated Oct. 7, 2025 at 1:14 pm</span></div></div>
<div class="article-share"><button class="share-toggle" aria-expanded="false">Share story</button>
<ul class="share-menu" hidden>${seShare.map((t) => `<li><a class="share-${t.toLowerCase().replace(' ', '-')}" href="#">${t}</a></li>`).join('')}</ul>
</div></header>
<figure class="article-lead-image"><img src="https://images.seattletimes.com/wp-content/uploads/2025/10/shoreline.jpg?d=1200x800"
alt="A crosswalk on a wide street">
<figcaption class="caption"><span class="caption-text">${seCaption}</span> <span class="caption-credit">${seCredit}</span></figcaption></figure>
<div id="article-content" class="article-content">
${seP(seP1)}
<h2>${seH1}</h2>
${seP(seP2)}
<div class="ad ad-inarticle"><p class="ad-label">Advertising</p><div id="div-gpt-ad-inarticle-1"></div></div>
<h2>${seH2}</h2>
${seP(seP3)}
<p class="article-tagline"><em>${seTagline}</em></p>
</div>
<aside class="project-note"><p>${seLab}</p></aside></article>
<aside class="most-read"><h2 class="most-read-title">Most Read Local Stories</h2><ol>${links(sePopular, 'most-read-item')}</ol></aside></main>
<footer class="site-footer"><ul class="footer-links">${links(seFoot, 'footer-link')}</ul><p class="copyright">© 2025 The Seattle Times Company</p></footer>
<script src="https://www.seattletimes.com/wp-content/themes/st_refresh/dist/js/main.js?ver=9.4.1" defer></script></body></html>`;
const seattleTimes: TestPage = {
  html: seHtml,
  name: 'heldout142-seattletimes-news',
  kind: 'news',
  // the contact tagline at the end of the story is a byline; the Traffic Lab funding note, kicker, share menu (hidden),
  // caption and credit, ad label and rails are furniture
  title: seTitle,
  headings: [seH1, seH2],
  body: [...seP1, ...seP2, ...seP3],
  bylines: ['Corinne Abbott', 'Seattle Times staff reporter', 'Oct. 7, 2025 at 6:00 am', 'Updated Oct. 7, 2025 at 1:14 pm', seTagline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Unlimited Digital Access: $1 for 4 weeks', 'Skip to content', 'Menu', 'Subscribe', 'Log In', ...seNav, 'Transportation', 'Share story', ...seShare,
    seCaption, seCredit, 'Advertising', seLab, 'Most Read Local Stories', ...sePopular, ...seFoot, '© 2025 The Seattle Times Company',
  ],
};

export const HELDOUT142_C: readonly TestPage[] = [seattleTimes, denverPost];
