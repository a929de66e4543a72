import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file b2: a security news site's article on a BleepingComputer-style template (upper menu, the news
 * breadcrumb, h1 with the author / date / time / comment-count line, a figure with its "Source:" credit, an inline sponsor
 * box, "Related Articles:" links at the end of the article body, the author bio, the comment section with its login notice,
 * the right column's "Popular Stories" and the footer).
 */
const bTitle = 'Hackers exploit unpatched FieldLink RTUs to switch off water plant alarms';
const bP1 = [
  j(
    'Threat actors are exploiting a critical authentication flaw in Ostrava Controls FieldLink remote terminal units to silently disable',
    'alarm reporting at water utilities, according to an incident report shared with PatchWire.',
  ),
  j(
    'The flaw, tracked as CVE-2026-31874, lets anyone who can reach the maintenance web service upload a new configuration without',
    'logging in. A federal advisory published last week rated it 9.3 out of 10 and urged operators to update the firmware.',
  ),
  j(
    'Incident responders at Fennick Response told PatchWire that at least two small municipal water systems in the Midwest were hit',
    'over the weekend. In both cases, the attackers changed the alarm thresholds so that low chlorine readings would no longer reach',
    'the control room.',
  ),
];
const bH2a = 'Exposed units found online';
const bP2 = [
  j(
    'Scans of the public internet show about 1,900 FieldLink units with port 8443 reachable, most of them in North America and',
    'Scandinavia. Fewer than a fifth report the fixed firmware version.',
  ),
  '"These units were never meant to face the internet, but cellular modems make it very easy to leave them exposed," Fennick Response said.',
  'The company shared the following observations from the two incidents:',
];
const bList = [
  'The attackers connected from VPN exit nodes and a hosting provider in Eastern Europe.',
  'Configuration changes were made within four minutes of the first connection.',
  'No malware was installed; the attackers only used the built-in maintenance functions.',
];
const bH2b = 'Vendor urges immediate updates';
const bP3 = [
  j(
    'Ostrava Controls released firmware 4.6.3 and 5.3.9 in February and says customers who cannot update right away should disable',
    'the maintenance service and restrict the port to engineering networks.',
  ),
  j(
    'Operators should also review alarm thresholds on every unit, since the changes made by the attackers survive a firmware update.',
    'PatchWire has contacted the federal agency for comment on whether more utilities have been affected.',
  ),
  j(
    'Researchers have warned for years that small water systems are an easy target. Many run with one or two operators,',
    'rely on integrators for remote support and have no staff who watch network traffic, so a changed alarm threshold can go',
    'unnoticed for days.',
  ),
];
const bMenu = ['NEWS', 'DOWNLOADS', 'VPNS', 'REMOVAL GUIDES', 'TUTORIALS', 'DEALS', 'FORUMS', 'MORE'];
const bCrumbs = ['Home', 'News', 'Security'];
const bRelated = [
  'Critical flaw in FieldLink RTUs lets attackers change settings remotely',
  'Water utilities warned of attacks on internet-exposed PLCs',
  'CISA-style agency adds three ICS flaws to known exploited list',
];
const bPopular = ['New Android banking trojan abuses accessibility to steal PINs', 'Microsoft fixes Outlook crash caused by March update'];
const bFoot = ['About PatchWire', 'Contact Us', 'Send us a Tip!', 'Advertising', 'Write for PatchWire', 'Terms of Use', 'Privacy Policy', 'Ethics Statement'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="Threat actors are exploiting a critical authentication flaw in Ostrava Controls FieldLink RTUs.">
<meta property="og:type" content="article"><meta property="og:site_name" content="PatchWire"><meta name="twitter:site" content="@patchwire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-11T11:42:00-04:00","author":[{"@type":"Person","name":"Corinne Vasquez"}],
"publisher":{"@type":"Organization","name":"PatchWire"}}</script>
<link rel="stylesheet" href="https://www.patchwire.example/css/bc-main.min.css?v=20260301">
<script>var bcAds = {slot: 'article', zone: 'security'}; (function(){var s=document.createElement('script');s.async=true;})();</script></head>
<body><div class="bc_wrapper"><header class="bc_header"><div class="container"><div class="bc_logo"><a href="/">PatchWire</a></div>
<div class="bc_header_right"><a href="/login" class="bc_login">Login</a> <a href="/register" class="bc_register">Register</a></div>
<nav class="bc_main_menu"><ul>${links(bMenu)}</ul></nav></div></header>
<section class="bc_main_content"><div class="container"><div class="row"><div class="col-md-8"><div class="article_section">
<div class="cz-news-story-title-section"><ul class="cz-news-breadcrumb">${links(bCrumbs)}</ul>
<div class="cz-news-title-left-area"><h1>${bTitle}</h1>
<div class="cz-news-story-author-wrap"><ul class="cz-news-date">
<li class="cz-news-author"><span class="author">By <a href="/author/corinne-vasquez/">Corinne Vasquez</a></span></li>
<li class="cz-news-date">March 11, 2026</li>
<li class="cz-news-time">11:42 AM</li>
<li class="cz-news-comments"><a href="#cz-comments">3</a></li></ul></div></div></div>
<div class="articleBody">
<p><img alt="Water treatment" src="https://www.patchwire.example/images/headlines/water-plant.jpg" width="1600" height="900"></p>
${ps(bP1)}
<div class="ia_ad"><span class="ia_ad_label">Sponsored Content</span><h3>Stop chasing alerts. Start closing exposures.</h3>
<p>See how Brightvale maps every internet-facing asset in under an hour.</p><a href="#" class="ia_ad_btn">Get the free report</a></div>
<h2>${bH2a}</h2>
${ps(bP2.slice(0, 1))}
<figure class="cz-figure"><img src="https://www.patchwire.example/images/news/fieldlink-map.jpg" alt="Exposed units">
<figcaption>Internet-exposed FieldLink units by country<br><em>Source: PatchWire</em></figcaption></figure>
${ps(bP2.slice(1))}
<ul>
${bList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2>${bH2b}</h2>
${ps(bP3)}
<div class="cz-related-article-wrapp"><h2>Related Articles:</h2>
${bRelated.map((t) => `<p><a href="/news/security/${t.length}/">${t}</a></p>`).join('\n')}</div></div>
<div class="cz-news-story-author-bio"><div class="author-image"><img src="/images/authors/cv.jpg" alt="Corinne Vasquez"></div>
<div class="author-info"><h3><a href="/author/corinne-vasquez/">Corinne Vasquez</a></h3>
<p>Corinne is a reporter covering industrial control system security and critical infrastructure attacks.</p></div></div>
<div id="cz-comments" class="cz-comments"><h2>Post a Comment</h2><a href="/community-rules/" class="cz-comments-rules">Community Rules</a>
<div class="cz-comments-login"><p>You need to login in order to post a comment</p>
<p>Not a member yet? <a href="/register">Register Now</a></p></div></div>
</div></div>
<div class="col-md-4"><div class="bc_right_sidebar"><div class="bc_popular"><h2>Popular Stories</h2><ul>${links(bPopular)}</ul></div>
<div class="bc_sidebar_ad"><span class="ad_label">Advertisement</span></div></div></div></div></div></section>
<footer class="bc_footer"><div class="container"><div class="bc_footer_follow">Follow us:</div>
<ul class="bc_footer_menu">${links(bFoot)}</ul>
<p class="bc_copyright">Copyright @ 2006 - 2026 PatchWire Media LLC - All Rights Reserved</p></div></footer></div>
<script src="https://www.patchwire.example/js/bc-main.min.js?v=20260301"></script></body></html>`;
export const news: TestPage = {
  name: 'heldout239-bleeping-style-security-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bH2a, bH2b],
  body: texts([...bP1, ...bP2, ...bList, ...bP3]),
  bylines: ['Corinne Vasquez', 'March 11, 2026', '11:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', 'Register', ...bMenu, ...bCrumbs, 'Sponsored Content', 'Stop chasing alerts. Start closing exposures.',
    'See how Brightvale maps every internet-facing asset in under an hour.', 'Get the free report', 'Internet-exposed FieldLink units by country',
    'Source: PatchWire', 'Related Articles:', ...bRelated,
    'Corinne is a reporter covering industrial control system security and critical infrastructure attacks.',
    'Post a Comment', 'Community Rules', 'You need to login in order to post a comment', 'Not a member yet?', 'Register Now', 'Popular Stories',
    ...bPopular, 'Advertisement', 'Follow us:', ...bFoot, 'Copyright @ 2006 - 2026 PatchWire Media LLC - All Rights Reserved',
  ],
};
