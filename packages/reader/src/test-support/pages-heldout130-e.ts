import { type TestPage, texts } from './page-kit.js';
import { dmCommentTexts, dmComments, dmFoot, dmMost, dmNav, dmNav2, dmRelated } from './pages-heldout130-e3.js';
import { telegraph } from './pages-heldout130-e2.js';

/**
 * Held-out batch 130, file e: a Daily Mail (MailOnline) story (the masthead with the primary and secondary navs, the
 * login and weather strip, the headline inside #js-article-text, the bold summary bullets, the upper-case byline "For
 * MailOnline", the Published / Updated timestamps, the share bar with share and comment counts, image groups with
 * captions, a floated "RELATED ARTICLES" carousel and advertisement slots inside articleBody, the "Share or comment on
 * this article" bar, the moderated comments block with sort tabs and reader comments, the "MOST READ NEWS" rail and the
 * footer; rails and comments from file e3) and, from file e2, a Telegraph story.
 */
const dmTitle = 'Fury as council approves 900-home estate on village’s beloved green after 11-year battle';
const dmBullets = [
  'Residents of Sallowby say the decision will destroy the character of their village',
  'Planning committee backed scheme by five votes to four despite 2,300 objections',
];
const dmP1 = [
  'Villagers have reacted with fury after councillors approved plans for 900 homes on a stretch of open land that has been used ' +
    'for fetes, football and dog walking for more than a century.',
  'The scheme on Sallowby Green, which has been fought by residents for 11 years, was backed by Eastmarch District Council’s ' +
    'planning committee by five votes to four on Thursday night after a meeting that lasted almost six hours.',
  'Campaigners, some of whom wept as the result was announced, said they would seek a judicial review.',
  '‘This is a betrayal of everyone who lives here,’ said Margaret Holloway, 74, who chairs the Save Sallowby Green group. ‘We ' +
    'have been told for years that our voices matter. Tonight they showed us they do not.’',
];
const dmCap1 = 'Campaigners gathered outside Eastmarch District Council’s offices before Thursday’s meeting';
const dmP2 = [
  'The development, by housebuilder Kestrel Homes, will include 270 affordable homes, a primary school, a GP surgery and a new ' +
    'link road to the A-road that runs past the village.',
  'Council officers had recommended approval, warning that the authority was falling well short of its government housing ' +
    'target and could lose an appeal if it refused the application.',
  'Councillor Derek Ampofo, who chairs the planning committee, said: ‘Nobody on this committee took this decision lightly. But ' +
    'we have a duty to provide homes for the next generation, and the alternative was a developer winning on appeal with none of ' +
    'the conditions we have secured tonight.’',
];
const dmCap2 = 'An artist’s impression of the new homes, which will include a primary school and GP surgery';
const dmP3 = [
  'Residents say the village’s roads and drains cannot cope with a development that would almost triple its population.',
  'Retired engineer Colin Faraday, 68, who has lived in Sallowby for 40 years, said: ‘When it rains now the lane floods outside ' +
    'my house. Put 900 more homes up the hill and I will need a boat.’',
  'Others said the green was the heart of village life. It has hosted an annual summer fete since 1921 and is home to a cricket ' +
    'club founded in the 1890s, which will be moved to a new pitch on the edge of the site.',
  'Kestrel Homes said it would ‘continue to work closely with the community’ and hoped to begin work next spring.',
  'A spokesman for the group said it had already raised £18,000 towards legal costs and had written to the housing secretary ' +
    'asking for the application to be called in.',
];
const dmShare = ['Share', '1.2k', 'shares', '482', 'View comments'];
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fury as council approves 900-home estate on village’s beloved green | Daily Mail Online</title>
<meta name="description" content="Residents of Sallowby say the decision will destroy the character of their village.">
<meta property="og:title" content="${dmTitle}"><meta property="og:site_name" content="Mail Online"><meta property="og:type" content="article">
<meta name="author" content="Harriet Lusk"><meta name="articleid" content="14452317"><meta name="keywords" content="Sallowby,planning,housing">
<link rel="canonical" href="https://www.dailymail.co.uk/news/article-14452317/Fury-council-approves-900-home-estate-village-green.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dmTitle}","datePublished":"2025-03-07T11:03:22+0000",
"dateModified":"2025-03-07T14:47:10+0000",
"author":[{"@type":"Person","name":"Harriet Lusk"}],"publisher":{"@type":"Organization","name":"Mail Online"}}</script>
<script>window.PageCriteria = {"articleId":14452317,"channel":"news","subchannel":"news"};</script>
<link rel="stylesheet" href="https://scripts.dailymail.example/static/mol-fe/static/mol-fe-sync-bundle/4.55.0/styles/channel-news.css"></head>
<body class="mol-desktop"><div class="page-banner"><div id="page-container" class="page-container">
<div class="page-header"><div class="masthead-news cleared"><a class="logo" href="/home/index.html">Daily Mail</a>
<div class="page-header-date"><span>Friday, Mar 7th 2025</span> <span class="weather">9AM 7°C 12PM 10°C</span>
<a href="/home/weather">5-Day Forecast</a></div>
<div class="login-links"><a href="/registration/login.html">Login</a> <a href="/feedback">Feedback</a></div></div>
<ul class="nav-primary cleared bdrgr3 cnr5">${dmNav
  .map(
    (t) => `<li><span class="link-bdr"><a
href="/${t.toLowerCase()}/index.html">${t}</a></span></li>`,
  )
  .join('')}</ul>
<ul class="nav-secondary cleared">${dmNav2.map((t) => `<li><a href="/news/${t.length}.html">${t}</a></li>`).join('')}</ul></div>
<div id="content" class="clearfix"><div class="alpha col">
<div class="article-text wide heading-tag-switch" id="js-article-text"><h1>${dmTitle}</h1>
<ul class="mol-bullets-with-font">${dmBullets.map((t) => `<li class="class-OJ3OMS1aOK"><strong>${t}</strong></li>`).join('')}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&authornamef=Harriet+Lusk" class="author" rel="nofollow">HARRIET LUSK</a>
For MailOnline</p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2025-03-07T11:03:22+0000">11:03 GMT, 7 March 2025</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2025-03-07T14:47:10+0000">14:47 GMT, 7 March 2025</time></span></p>
<div class="social share-top"><ul class="social-share"><li class="share-facebook"><a href="#">${dmShare[0]}</a></li></ul>
<div class="share-count"><span class="count-number">${dmShare[1]}</span> <span class="count-label">${dmShare[2]}</span></div>
<div class="comments-count"><a href="#comments"><span class="readerCommentNo">${dmShare[3]}</span> <span>${dmShare[4]}</span></a></div></div>
<div itemprop="articleBody">
${dmP1.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n')}
<div class="artSplitter mol-img-group"><div class="mol-img"><img alt="Protest" src="https://i.dailymail.example/1s/2025/03/07/11/95001-0.jpg"></div>
<p class="imageCaption">${dmCap1}</p></div>
<div class="related-carousel" data-track-module="rcm-ss"><h3>RELATED ARTICLES</h3><ul class="linkro-darkred">
${dmRelated
  .map(
    (t) => `<li><a href="/news/article-1444${t.length}.html"><span class="pufftext"><span
class="arrow-small-r"></span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="carousel-nav"><a class="prev" href="#">Previous</a> <span class="pager">1</span> <a class="next" href="#">Next</a></div>
<div class="share-article"><span>Share this article</span><a href="#">Share</a></div></div>
<div class="mpu_puff_wrapper"><div class="adHolder"><span class="ad-label">Advertisement</span></div></div>
${dmP2.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n')}
<div class="artSplitter mol-img-group"><div class="mol-img"><img alt="Plans" src="https://i.dailymail.example/1s/2025/03/07/11/95002-0.jpg"></div>
<p class="imageCaption">${dmCap2}</p></div>
${dmP3.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n')}
</div>
<div class="article-icon-links-container"><h3 class="social-links-title">Share or comment on this article:</h3>
<p class="share-headline">${dmTitle}</p><a class="email" href="#">e-mail</a></div>
${dmComments}
</div></div>
<div class="beta col"><div class="puff cleared"><h3 class="puff-title">MOST READ NEWS</h3><ul>
${dmMost.map((t) => `<li><a href="/news/article-1445${t.length}.html">${t}</a></li>`).join('\n')}</ul>
<a class="prev" href="#">Previous</a> <a class="next" href="#">Next</a></div></div></div>
<div class="footer"><p>Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p><ul>
${dmFoot.map((t) => `<li><a href="/home/${t.length}.html">${t}</a></li>`).join('')}</ul><p>Published by Associated Newspapers Ltd</p></div>
</div></div><script src="https://scripts.dailymail.example/static/mol-fe/static/mol-fe-sync-bundle/4.55.0/scripts/mol-fe-sync-bundle.js"></script>
</body></html>`;

const dailyMail: TestPage = {
  html: dmHtml,
  name: 'heldout130-daily-mail-news',
  kind: 'news',
  // the bold summary bullets are the standfirst: body; the RELATED ARTICLES carousel floated inside articleBody, the
  // captions, the share bar with the headline repeated, reader comments and rails are furniture
  title: dmTitle,
  headings: [],
  body: [...dmBullets, ...dmP1, ...dmP2, ...texts(dmP3)],
  bylines: ['By HARRIET LUSK For MailOnline', 'Published:', '11:03 GMT, 7 March 2025', 'Updated:', '14:47 GMT, 7 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Friday, Mar 7th 2025', '9AM 7°C 12PM 10°C', '5-Day Forecast', 'Login', 'Feedback', ...dmNav, ...dmNav2, ...dmShare, dmCap1, 'RELATED ARTICLES',
    ...dmRelated, 'Previous', 'Next', 'Share this article', 'Advertisement', dmCap2, 'Share or comment on this article:', 'e-mail', ...dmCommentTexts,
    'MOST READ NEWS',
    ...dmMost, 'Part of the Daily Mail, The Mail on Sunday & Metro Media Group', ...dmFoot, 'Published by Associated Newspapers Ltd',
  ],
};

export const HELDOUT130_E: readonly TestPage[] = [dailyMail, telegraph];
