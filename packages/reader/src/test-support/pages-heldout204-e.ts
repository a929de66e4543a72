import { links, ps, type TestPage } from './page-kit.js';
import { swissinfoStory } from './pages-heldout204-e2.js';

/**
 * Held-out batch 204, file e: an RTÉ News story (the RTÉ network bar, the News header with its section nav, the breadcrumb,
 * the byline with correspondent title, the "Updated / Published" times, the share tools, the lead image caption, an inline
 * "Read more:" link, "Listen:" audio card inside the text, the "RTÉ is not responsible for the content of external internet
 * sites" notice, "Most Read" and "Latest" rails, the consent banner and the footer) and, from file e2, a Swissinfo story.
 */
const rteTitle = 'Galway hospital to trial nurse-led clinics to cut emergency department waits';
const rteP1 = [
  'University Hospital Galway is to open two nurse-led clinics next month in an effort to reduce waiting times in its emergency ' +
    'department, which has been among the most overcrowded in the country this year.',
  'The clinics, one for minor injuries and one for patients with long-term chest conditions, will be staffed by advanced nurse ' +
    'practitioners who can assess, treat and discharge patients without them needing to see a doctor.',
  'The Saolta hospital group said the clinics would open from 8am to 8pm, seven days a week, and were expected to see around 60 patients a day between them.',
];
const rteH1 = 'Record trolley numbers';
const rteP2 = [
  'Figures from the Irish Nurses and Midwifery Organisation show that 74 patients were waiting on trolleys at the hospital on ' +
    'one day in January, the highest number recorded there.',
  'Clinical nurse manager Siobhán Ní Fhlatharta, who helped design the clinics, said many people who came to the emergency ' +
    'department with sprains, cuts or breathing problems could be seen more quickly elsewhere.',
  '"At the moment they are waiting eight or nine hours behind people who are very seriously ill. That’s not good for them and ' +
    'it’s not good for the department," she said.',
  'She said patients with chronic obstructive pulmonary disease would be able to phone the respiratory clinic directly if their symptoms got worse.',
];
const rteH2 = 'Union cautiously welcomes plan';
const rteP3 = [
  'The INMO said it welcomed any measure that took pressure off the emergency department, but said the clinics must not draw ' +
    'staff away from wards that were already short of nurses.',
  'Its western regional officer, Declan Furey, said the union would be seeking assurances that the clinics would have their own staff.',
  'The HSE said 14 advanced nurse practitioners had been recruited for the clinics, and that none had been moved from existing posts.',
  'If the trial is successful, the model could be extended to other hospitals in the Saolta group, ' +
    'including Mayo University Hospital and Sligo University Hospital.',
];
const rteNet = ['RTÉ', 'News', 'Sport', 'Entertainment', 'Business', 'Lifestyle', 'Culture', 'RTÉ Player', 'RTÉ Radio', 'Weather'];
const rteNav = ['Ireland', 'World', 'Politics', 'Courts', 'Regional', 'Health', 'Education', 'Environment', 'Analysis', 'Investigations Unit'];
const rteCaption = 'University Hospital Galway has been among the most overcrowded hospitals in the country this year.';
const rteMore = 'Read more: Hospital overcrowding hits new high for February';
const rteListen = ['Listen: Western Correspondent Pádraig Ó Cinnéide reports on Morning Ireland', '02:31'];
const rteNotice = 'RTÉ is not responsible for the content of external internet sites.';
const rteMost = ['Most Read', 'Status Yellow wind warning issued for nine counties', 'Gardaí appeal for witnesses after Limerick crash'];
const rteLatest = ['Latest', 'Cabinet to discuss housing plan update', 'Exports to US up 12% in first quarter'];
const rteConsent = 'We use cookies to make our website work, to improve your experience and to show you relevant advertising.';
const rteFoot = ['About RTÉ', 'Contact RTÉ', 'Careers', 'Privacy Notice', 'Cookie Policy', 'Terms of Use', 'Accessibility', 'RTÉ Archives', 'Advertise'];
const rteHtml = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Galway hospital to trial nurse-led clinics to cut emergency department waits</title>
<meta name="description" content="University Hospital Galway is to open two nurse-led clinics next month."><meta property="og:site_name" content="RTE.ie">
<meta property="og:type" content="article"><meta name="rte-section" content="news-ireland"><meta name="author" content="Pádraig Ó Cinnéide">
<link rel="canonical" href="https://www.rte.ie/news/regional/2026/0311/1562204-galway-hospital-nurse-clinics/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rteTitle}",
"datePublished":"2026-03-11T07:02:00+00:00",
"dateModified":"2026-03-11T10:18:00+00:00","author":{"@type":"Person","name":"Pádraig Ó Cinnéide"},"publisher":{"@type":"Organization",
"name":"RTÉ"}}</script>
<script>var rte_article_id="1562204";</script></head>
<body class="news article-page"><div id="rte-masthead" class="rte-header"><ul class="rte-network-nav">${links(rteNet, 'network-item')}</ul></div>
<header class="news-header"><a class="news-logo" href="/news/"><span class="sr-only">RTÉ News</span></a>
<nav class="news-nav"><ul>${links(rteNav, 'news-nav-item')}</ul></nav></header>
<div class="container"><div class="row"><div class="col-md-8"><article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/regional/">Regional</a></li></ol>
<h1 class="headline" itemprop="headline">${rteTitle}</h1>
<div class="article-meta"><span class="byline"><span class="name" itemprop="author">Pádraig Ó Cinnéide</span>
<span class="role">Western Correspondent</span></span>
<span class="modified-date">Updated / <time itemprop="dateModified" datetime="2026-03-11T10:18:00+00:00">Wednesday, 11 Mar 2026 10:18</time></span></div>
<div class="share-tools"><a href="#" class="share-fb">Share on Facebook</a><a href="#" class="share-x">Share on X</a>
<a href="#" class="share-mail">Email</a></div>
<figure class="article-image"><img src="https://img.rasset.ie/0021a5f0-1200.jpg" alt=""><figcaption>${rteCaption}</figcaption></figure>
<section class="article-body" itemprop="articleBody">
${ps(rteP1)}
<p><strong><a href="/news/health/2026/0301/1560118-trolley-figures/">${rteMore}</a></strong></p>
<h2>${rteH1}</h2>
${ps(rteP2)}
<div class="media-card audio-card"><p class="media-card-title">${rteListen[0]}</p><span class="media-duration">${rteListen[1]}</span></div>
<h2>${rteH2}</h2>
${ps(rteP3)}
</section><p class="disclaimer">${rteNotice}</p></article></div>
<aside class="col-md-4"><section class="most-read"><h2>${rteMost[0]}</h2><ol>${links(rteMost.slice(1))}</ol></section>
<section class="latest"><h2>${rteLatest[0]}</h2><ul>${links(rteLatest.slice(1))}</ul></section><div class="advert"><span>Advertisement</span></div>
</aside></div></div>
<footer class="rte-footer"><ul>${links(rteFoot)}</ul><p>© RTÉ 2026</p></footer>
<div id="onetrust-banner-sdk"><p>${rteConsent}</p><button>Accept All Cookies</button><button>Cookie Settings</button></div>
<script src="https://www.rte.ie/djstatic/js/news-article.js" defer></script></body></html>`;
const rte: TestPage = {
  html: rteHtml,
  name: 'heldout204-rte-news',
  kind: 'news',
  // name, correspondent title and the "Updated" time are bylines; the "Read more:" and "Listen:" cards inside the text, the
  // external-sites notice, caption, share tools, rails, network bar, nav, breadcrumb, consent and footer are furniture
  title: rteTitle,
  headings: [rteH1, rteH2],
  body: [...rteP1, ...rteP2, ...rteP3],
  bylines: ['Pádraig Ó Cinnéide', 'Western Correspondent', 'Updated / Wednesday, 11 Mar 2026 10:18'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rteNet, ...rteNav, 'RTÉ News', 'Share on Facebook', 'Share on X', 'Email', rteCaption, rteMore, ...rteListen, rteNotice, ...rteMost, ...rteLatest,
    'Advertisement', ...rteFoot, '© RTÉ 2026', rteConsent, 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT204_E: readonly TestPage[] = [rte, swissinfoStory];
