import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 8: a Taipei Times story (archives layout, h1 and h2 subhead, "By ... / Staff reporter", page line, comments note). */
const title = 'Hualien trail reopens after typhoon repairs';
const dek = 'The Shakadang Trail had been closed for 16 months after rockfalls damaged a 400m section above the river';
const p1 = [
  'A popular riverside trail in Taroko National Park reopened yesterday after more than a year of repairs, as park officials said ' +
    'they hoped to draw visitors back to the area following a difficult period for local tourism.',
  'The Shakadang Trail (砂卡礑步道), which follows a river gorge for 4.1km from the park’s main road, was closed in November 2023 ' +
    'after a typhoon brought down boulders and tore away part of the path cut into the cliff face.',
  'The repairs cost NT$86 million (US$2.6 million) and included steel rockfall nets, a new 120m suspended walkway over the worst ' +
    'section and an upgraded drainage system, the Taroko National Park Headquarters said.',
  'Headquarters director Huang Shu-fen (黃淑芬) said engineers had spent months surveying the slopes above the trail before work ' +
    'could begin, and that sensors had been installed to monitor ground movement.',
  '“Safety is our first consideration. If the sensors detect movement or if heavy rain is forecast, the trail will be closed at once,” ' +
    'Huang said at a ceremony at the trailhead attended by Hualien County officials and members of the Truku community.',
  'Visitors will be limited to 1,200 a day and must register online in advance, she said, adding that rangers would be stationed ' +
    'at both ends of the trail during opening hours from 8am to 4pm.',
  'Truku community leader Yudaw Pisaw said residents of the nearby village of Bsngan (布洛灣) had lost much of their income since ' +
    'the closure, as many of them ran food stalls and guided walks along the trail.',
  '“The river is part of our history. We are happy that people can come to see it again, and we want to tell them the stories of this place,” Yudaw said.',
  'The Hualien County Government said hotel occupancy in the county had fallen by about a third last year, and that it would offer ' +
    'travel subsidies for domestic tour groups from next month.',
];
const extra = 'Additional reporting by CNA';
const nav = ['Front Page', 'Taiwan News', 'Business', 'Editorials', 'Sports', 'World News', 'Features', 'Bilingual Pages', 'Lifestyle', 'Video'];
const caption = 'Visitors walk along a new suspended section of the Shakadang Trail in Hualien County yesterday. Photo: Chen Yi-hsuan, Taipei Times';
const tools = ['Print', 'Mail', 'Facebook', 'Twitter', 'Line'];
const popular = [
  'Cabinet approves draft bill on drunk-driving penalties',
  'Water rationing possible in Taichung by May',
  'Lawmakers spar over defense budget cuts',
  'Rail operator to add trains for holiday weekend',
  'Chip exports hit record high in February',
];
const policy =
  'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal ' +
  'attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.';
const foot = ['About Us', 'Advertise', 'Subscribe', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Sitemap'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${title} - Taipei Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:title" content="${title} - Taipei Times"><meta property="og:type" content="article"><meta property="og:site_name" content="Taipei Times">
<meta name="pubdate" content="2025-03-13"><link rel="canonical" href="https://www.taipeitimes.com/News/taiwan/archives/2025/03/13/2003833421">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T03:00:00+08:00",
"author":{"@type":"Person","name":"Chen Yi-hsuan"},"publisher":{"@type":"Organization","name":"Taipei Times"}}</script>
<link rel="stylesheet" href="/assets/css/style.css?v=20250301"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body><div class="headerbox"><div class="logo"><a href="/"><img alt="Taipei Times" src="/assets/images/logo.png"></a></div>
<div class="date">Thu, Mar 13, 2025</div><ul class="menu">${links(nav)}</ul></div>
<div class="adbox"><div id="div-gpt-ad-970x90"></div><span class="adtxt">Advertisement</span></div>
<div class="whitebox"><div class="leftbox"><div class="archives">
<div class="bread"><a href="/News/taiwan">Taiwan News</a></div>
<h1>${title}</h1><h2>${dek}</h2>
<div class="name">By Chen Yi-hsuan&nbsp;/&nbsp;Staff reporter</div><div class="time">Thu, Mar 13, 2025 page3</div>
<ul class="tools">${tools.map((t) => `<li><a href="#" class="${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<div class="imgboxa"><img alt="" src="https://img.taipeitimes.com/images/2025/03/13/P03-250313-301.jpg"><h3 class="imgtxt">${caption}</h3></div>
${ps(p1.slice(0, 5))}
<div class="adinside"><span class="adtxt">Advertisement</span><div id="div-gpt-ad-inarticle"></div></div>
${ps(p1.slice(5))}
<p><em>${extra}</em></p>
</div>
<div class="comment"><h4>Comments will be moderated.</h4><p class="policy">${policy}</p><div class="fb-comments" data-numposts="5"></div></div></div>
<div class="rightbox"><div class="popular"><h3>Most Popular</h3><ol>${links(popular)}</ol></div>
<div class="adbox"><span class="adtxt">Advertisement</span></div></div></div>
<div class="footbox"><ul>${links(foot)}</ul><p>Copyright © 1999-2025 The Taipei Times. All rights reserved.</p></div>
<script src="/assets/js/main.js?v=20250301"></script></body></html>`;
export const taipeiTimes: TestPage = {
  name: 'heldout198-taipei-times-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([dek, ...p1]),
  // the closing "Additional reporting by" line is a byline
  bylines: ['By Chen Yi-hsuan / Staff reporter', 'Thu, Mar 13, 2025 page3', extra],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thu, Mar 13, 2025', ...nav, 'Advertisement', ...tools, caption, 'Comments will be moderated.', policy, 'Most Popular', ...popular, ...foot,
    'Copyright © 1999-2025 The Taipei Times. All rights reserved.',
  ],
};
