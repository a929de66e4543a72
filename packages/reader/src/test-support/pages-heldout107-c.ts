import { links, ps, type TestPage, texts } from './page-kit.js';
import { abcStory } from './pages-heldout107-c2.js';

/**
 * Held-out batch 107, file c: a The Hindu story (the top bar with "e-Paper", "Subscribe" and "Login", the section menu, the
 * breadcrumb, the h1 and the h2 sub-title, the author block with "Updated" and "Published" times, the share bar with
 * "Copy link" and "READ LATER", the lead picture's caption and credit, the article body with an "ALSO READ" card and the
 * "COMMENTS" button and its note, the bottom "Published -" line, tags, "Related Topics", the "LATEST NEWS" rail, "Subscribe" and
 * "Remove ads" prompts, and the footer) and, from file c2, an ABC News (Australia) story.
 */
const thTitle = 'Metro water board to switch 1.2 lakh homes to meters by March';
const thSub = 'Households in 14 wards will pay for water by volume; board says flat charges led to waste and unbilled supply';
const thAuthor = 'Kavitha Ramanujam';
const thPlace = 'CHENNAI';
const thP1 = [
  'The Metro Water Supply and Sewerage Board will fit meters to about 1.2 lakh households across 14 wards by the end of March, moving them from ' +
    'a flat monthly charge to billing by the amount of water used.',
  'Board officials said on Tuesday that the first 20,000 meters had already been delivered and that installation would begin in Ward 112 next ' +
    'week. Residents will not be charged for the meters or for the fitting.',
  'Under the new tariff, households using up to 10,000 litres a month will pay ₹2.50 for every 1,000 litres, with higher rates for use above ' +
    'that. Officials said most families of four would pay about the same as they do now.',
];
const thH1 = 'Why the change';
const thP2 = [
  'A senior official said the flat charge of ₹180 a month gave households no reason to save water and made it impossible to know how much was lost to leaks.',
  '“At present, nearly 40% of the water we pump cannot be accounted for. Some of it is leakage, some of it is illegal connections, and some of ' +
    'it is simply waste,” the official said. “Meters will help us find out which is which.”',
  'The board said it would also fit bulk meters at every distribution station in the 14 wards so that it could compare the water sent out with ' +
    'the water billed.',
];
const thH2 = 'Residents’ concerns';
const thP3 = [
  'Residents’ welfare associations in Velachery and Madipakkam welcomed the plan in principle but said many homes still received water only on ' +
    'alternate days and at low pressure.',
  'R. Sundaram, secretary of a federation of resident associations, said people should not be asked to pay by volume until supply was regular. ' +
    '“If water comes for two hours every other day, what exactly are we being asked to save?” he asked.',
  'Officials said the metering would be accompanied by a programme to replace old pipelines in the same wards, and that 24-hour supply would be ' +
    'introduced in stages once the work was complete.',
  'The board will hold public meetings in each ward before installation begins. Residents can raise complaints about meter readings through its ' +
    'helpline or at area offices.',
];
const thAlso = 'Board plans desalination plant expansion to meet summer demand';
const thTop = ['e-Paper', 'Subscribe', 'Login', 'Account', 'Today’s Paper'];
const thNav = ['India', 'World', 'Movies', 'Sport', 'Data', 'Health', 'Opinion', 'Science', 'Business', 'Premium', 'Cities', 'Videos'];
const thCrumbs = ['News', 'Cities', 'Chennai'];
const thShare = ['Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'];
const thCaption = 'Workers lay a new distribution pipeline in Velachery.';
const thCredit = 'File | Photo Credit: M. Vedhan';
const thTags = ['Chennai', 'water supply', 'municipal services', 'Tamil Nadu'];
const thLatest = [
  'Heavy rain likely in coastal districts for the next two days',
  'Suburban train services to be curtailed on Sunday for track work',
  'Corporation to set up 50 new bus shelters along OMR',
  'Schools asked to check buildings ahead of monsoon',
];
const thFoot = [
  'About Us',
  'Code of Editorial Values',
  'News Archive',
  'Sitemap',
  'Print Subscription',
  'Digital Subscription',
  'Contact us',
  'Readers Editor',
  'Terms of Use',
  'Privacy Policy',
];
const thCopy = 'Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.';
const thPs = (a: readonly string[]): string => ps(a);
const thHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${thTitle} - The Hindu</title>
<meta name="description" content="${thSub}"><meta property="og:title" content="${thTitle}"><meta property="og:site_name" content="The Hindu">
<meta property="article:section" content="Chennai"><meta name="author" content="${thAuthor}">
<link rel="canonical" href="https://www.thehindu.com/news/cities/chennai/metro-water-board-to-switch-homes-to-meters/article69451234.ece">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${thTitle}","description":"${thSub}",
"datePublished":"2025-11-11T20:31:00+05:30","dateModified":"2025-11-11T21:14:00+05:30","author":[{"@type":"Person","name":"${thAuthor}"}],
"isAccessibleForFree":"True","articleSection":"Chennai"}</script>
<script>var _comscore = _comscore || []; var dataLayer = [{"articleId":"69451234","pageType":"article"}];</script>
<link rel="stylesheet" href="https://www.thehindu.com/theme/static/css/article.min.css?v=3.12"></head>
<body class="article-page"><div class="top-bar"><div class="container"><ul class="top-links">${links(thTop, 'top-link')}</ul></div></div>
<header class="header" id="header"><div class="container"><a class="logo" href="https://www.thehindu.com/" title="The Hindu">
<img alt="The Hindu" src="/logo.svg"></a>
<nav class="navbar"><ul class="nav-list">${links(thNav, 'nav-item')}</ul></nav></div></header>
<div class="ad-container top-ad"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-1234-0"></div></div>
<section class="article-section"><div class="container"><div class="row"><div class="col-xl-9 col-lg-8 col-md-12 col-sm-12 col-12">
<div class="breadcrumb"><ul>${links(thCrumbs, 'breadcrumb-item')}</ul></div>
<div class="storyline"><h1 class="title" itemprop="headline">${thTitle}</h1><h2 class="sub-title">${thSub}</h2>
<div class="author-info"><div class="author"><div class="author-name"><span class="person-name lnk">
<a href="/profile/author/kavitha-ramanujam-1234/">${thAuthor}</a></span></div>
<div class="publish-time">${thPlace}</div></div>
<div class="update-publish-time"><p>Updated - November 11, 2025 09:14 pm IST</p></div></div>
<div class="share-page"><ul class="share-list">${links(thShare, 'share-item')}</ul><button class="read-later" data-id="69451234"><span>READ LATER</span>
</button>
<a class="comments-count" href="#comments">See all comments</a></div>
<div class="picture"><figure><img class="lead-img" src="https://th-i.thgim.example/public/news/cities/chennai/pipeline.jpg" alt="Pipeline work">
<figcaption><p class="caption">${thCaption}<span class="credit">${thCredit}</span></p></figcaption></figure></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="content-body-69451234">
${thPs(thP1)}
<div class="also-read"><a href="/news/cities/chennai/desalination/article69440011.ece"><span class="also-read-label">ALSO READ</span>
<span class="also-read-title">${thAlso}</span></a></div>
<h3>${thH1}</h3>
${thPs(thP2)}
<div class="ad-container inline-ad"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-1234-1"></div></div>
<h3>${thH2}</h3>
${thPs(thP3)}
</div>
<div class="publish-time-new"><span>Published - November 11, 2025 08:31 pm IST</span></div>
<div class="articleblock-container"><div class="tags"><ul>${links(thTags, 'tag-item')}</ul></div></div>
<div class="related-topics"><h4 class="related-topics-heading">Related Topics</h4><ul>${links(['Chennai', 'water supply'], 'related-topic')}</ul></div>
<div class="comments-shares" id="comments"><button class="comments-btn">COMMENTS</button>
<p class="comments-note">Comments have to be in English, and in full sentences.
They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.</p></div>
<div class="subscribe-prompt"><p>Support quality journalism</p><a href="/subscription/" class="btn">Subscribe Now</a></div>
</div></div>
<div class="col-xl-3 col-lg-4 col-md-12 col-sm-12 col-12 right-side"><div class="latest-news"><h4 class="sectionhead">LATEST NEWS</h4>
<ul class="latest-news-list">${links(thLatest, 'latest-item')}</ul></div><div class="remove-ads"><a href="/subscription/">Remove ads</a></div></div></div>
</div></section>
<footer class="footer"><div class="container"><ul class="footer-links">${links(thFoot, 'footer-link')}</ul><p class="copyright">${thCopy}</p></div></footer>
<script src="https://www.thehindu.com/theme/static/js/article.min.js?v=3.12" defer></script></body></html>`;
const hinduStory: TestPage = {
  html: thHtml,
  name: 'heldout107-thehindu-news',
  kind: 'news',
  // the h2 sub-title is body (a dek); the author, the place line and the "Updated" / "Published" times are bylines; the
  // "ALSO READ" card, ad labels, tags, related topics and the comments note are furniture
  title: thTitle,
  headings: [thH1, thH2],
  body: texts([thSub, ...thP1, ...thP2, ...thP3]),
  bylines: [thAuthor, thPlace, 'Updated - November 11, 2025 09:14 pm IST', 'Published - November 11, 2025 08:31 pm IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...thTop, ...thNav, 'News', 'ADVERTISEMENT', ...thShare, 'READ LATER', 'See all comments', thCaption, thCredit, 'ALSO READ', thAlso,
    'water supply', 'municipal services', 'Tamil Nadu', 'Related Topics', 'COMMENTS',
    'Comments have to be in English, and in full sentences.', 'Please abide by our community guidelines for posting your comments.',
    'Support quality journalism', 'Subscribe Now', 'LATEST NEWS', ...thLatest, 'Remove ads', ...thFoot, thCopy,
  ],
};

export const HELDOUT107_C: readonly TestPage[] = [hinduStory, abcStory];
