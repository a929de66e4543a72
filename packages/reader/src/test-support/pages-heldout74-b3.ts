import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page b3: an NDTV shape news story from a syndicated feed ("Lokvani"): the top bar with live TV and
 * language links, the mega navigation, breadcrumbs, headline and summary, the "pst-by" byline row (agency, section, updated
 * time, read time), share icons and the "preferred source" button, the "Quick Read" AI summary box at the top of the article
 * text, the dateline in the first paragraph, "Advertisement" labels and an "Also Read" line between paragraphs, the
 * syndicated-feed note, the "Track Latest News" line, topics, the promoted box, "Trending News", and the footer.
 */
export const title = 'Tigress Spotted Near Villages Outside Kanwar Reserve, Forest Teams On Alert';
export const summary = 'Residents of three villages have been asked not to venture into the fields after dark.';
export const dateline = 'Rajnagar:';
export const first =
  'Forest officials have deployed four teams and 30 camera traps after a tigress was spotted near three villages on the edge of the Kanwar ' +
  'Tiger Reserve in Rajnagar district, officials said on Wednesday.';
export const blocks: readonly Block[] = [
  [
    'p',
    'The animal, identified as KT-17 from its stripe pattern, was first seen on Sunday night by a farmer guarding his wheat crop near ' +
      'Dhanora village, about two kilometres outside the reserve’s boundary.',
  ],
  [
    'p',
    'Since then, pugmarks have been found near Dhanora, Seoni Khurd and Patharia, and a calf was killed in a cattle shed in Seoni Khurd ' +
      'on Tuesday, Divisional Forest Officer Meenakshi Rathore said.',
  ],
  [
    'p',
    '"The tigress is about three years old and appears to be looking for a territory of her own. She has not shown any aggression towards ' +
      'people so far," Ms Rathore said.',
  ],
  [
    'p',
    'Residents have been asked not to go into the fields after dark, to keep livestock in closed sheds and to move in groups in the early ' +
      'morning. Schools in the three villages will close an hour early until further notice, the district administration said.',
  ],
  [
    'p',
    'Officials said a team of veterinarians and an elephant squad from the reserve had been kept ready in case the tigress had to be ' +
      'tranquillised and relocated, but that this would be "the last option".',
  ],
  [
    'p',
    "The Kanwar reserve's tiger population has grown from 41 in 2018 to 68 in the latest count, according to the state forest " +
      'department. Conservationists say the reserve, hemmed in by farmland and a highway on two sides, has little room left for young ' +
      'tigers to establish territories.',
  ],
  [
    'p',
    '"Young tigers disperse; that is natural. The problem is that the corridors they once used to move between forests are now fields ' +
      'and roads," said wildlife biologist Arvind Kulkarni, who has studied the reserve for over a decade.',
  ],
  [
    'p',
    'Villagers in Patharia said they had lost at least six goats and two cows to big cats in the past year and demanded faster ' +
      'compensation. The forest department said claims were being processed within 30 days and that the compensation amount had been ' +
      'raised this year.',
  ],
  [
    'p',
    "Forest Minister Bhupendra Solanki said the government would fence the most vulnerable stretch of the reserve's boundary and " +
      'build two underpasses on the highway to help animals move between forest patches.',
  ],
];
export const topBar = ['Live TV', 'Latest', 'हिंदी', 'मराठी', 'Profit', 'Movies', 'Sign In'];
export const nav = ['India', 'World', 'Cities', 'Videos', 'Opinion', 'Education', 'Trends', 'Science', 'Offbeat', 'Elections'];
export const crumbs = ['Home', 'India News'];
export const agency = 'Lokvani News Service';
export const meta = ['India News', 'Read Time: 2 mins'];
export const updated = 'Updated: November 12, 2025 15:47 IST';
export const share = ['Share', 'WhatsApp', 'Facebook', 'Twitter', 'Copy Link', 'Add as a preferred source on Google'];
export const quick = ['Quick Read', 'Summary is AI-generated, newsroom-reviewed.'];
export const quickPoints = [
  'A tigress was spotted near three villages outside Kanwar Tiger Reserve.',
  'Four teams and 30 camera traps have been deployed to track her.',
  'Residents have been told to stay indoors after dark.',
];
export const ad = 'Advertisement';
export const alsoRead = ['Also Read |', 'Leopard Rescued From 40-Foot Well In Rajnagar After 6-Hour Operation'];
export const syndicated = '(Except for the headline, this story has not been edited by Lokvani staff and is published from a syndicated feed.)';
export const track = 'Track Latest News Live on Lokvani.com and get news updates from India and around the world';
export const topics = ['Kanwar Tiger Reserve', 'Tigress', 'Rajnagar', 'Human-animal Conflict'];
export const topicsHead = 'Topics mentioned in this article';
export const promoted = ['Promoted', 'Listen to the latest songs, only on TunePeti.com'];
export const trending = [
  'Trending News',
  'Video: Groom Arrives At Wedding On Tractor, Internet Loves It',
  'Bengaluru Man’s Post On Auto Fares Sparks Debate',
  'Monkey Steals Phone From Tourist, Returns It For A Mango',
];
export const footer = [
  'About Us',
  'Advertise',
  'Careers',
  'Contact Us',
  'Disclaimer',
  'Feedback',
  'Archives',
  'Investors',
  'Complaint Redressal',
  'Privacy Policy',
  'Cookie Policy',
];
export const copyright = '© Copyright Lokvani Media Limited 2025. All rights reserved.';

const adBlock = (n: number): string => `<div class="ad_cont ad-mid-article" id="adslotNativeVideo${n}"><div class="ad_txt">${ad}</div>
<div class="ad_bx" data-ad="div-gpt-ad-1609752811${n}"></div></div>`;
const quickBox = `<div class="qck-rd" data-summary="ai"><div class="qck-rd_hd"><span class="qck-rd_ttl">${quick[0]}</span>
<span class="qck-rd_dsc">${quick[1]}</span></div><ul class="qck-rd_ul">
${quickPoints.map((t) => `<li class="qck-rd_li">${t}</li>`).join('\n')}
</ul></div>`;
const firstP = `<p><span class="place_cont">${dateline} </span>${first}</p>`;
const also = `<p class="also-read"><b>${alsoRead[0]}</b> <a href="/india-news/leopard-rescued-from-well-7301952">${alsoRead[1]}</a></p>`;

export const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${summary}"><meta name="news_keywords" content="Kanwar Tiger Reserve, Tigress, Rajnagar">
<meta property="og:title" content="${title}"><meta property="og:type" content="article">
<link rel="amphtml" href="https://www.lokvani.com/india-news/tigress-7302118/amp/1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","description":"${summary}",
"datePublished":"2025-11-12T15:47:00+05:30","dateModified":"2025-11-12T15:47:00+05:30","author":{"@type":"Organization","name":"${agency}"},
"publisher":{"@type":"Organization","name":"Lokvani"},"articleSection":"India News"}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><link rel="stylesheet" href="/static/css/article.min.css?v=3.21"></head>
<body class="inner-page article-page"><div class="vjl-cntr">
<div class="top-bar"><ul class="top-bar_ul">${links(topBar.slice(0, 6), 'top-bar_li')}</ul><a class="top-bar_lgn" href="/login">${topBar[6]}</a></div>
<header class="hdr"><div class="hdr_cntr"><a class="hdr_lgo" href="/" title="Lokvani"><img src="/static/images/lokvani-logo.svg" alt="Lokvani"></a>
<nav class="m-nv"><ul class="m-nv_ul">${links(nav, 'm-nv_li')}</ul></nav></div></header>
<div class="vjl-row"><div class="vjl-md-8"><nav class="brd-nv"><ul class="brd-nv_ul">${links(crumbs, 'brd-nv_li')}</ul></nav>
<article class="sp-cn ins_storybody" itemscope itemtype="https://schema.org/NewsArticle">
<div class="sp-hd"><h1 class="sp-ttl" itemprop="headline">${title}</h1><h2 class="sp-descp" itemprop="description">${summary}</h2>
<nav class="pst-by"><ul class="pst-by_ul"><li class="pst-by_li"><span itemprop="author"><a class="pst-by_lnk" href="/author/lvns">${agency}</a></span></li>
<li class="pst-by_li"><a class="pst-by_lnk" href="/india">${meta[0]}</a></li>
<li class="pst-by_li"><span itemprop="dateModified" content="2025-11-12T15:47:00+05:30">${updated}</span></li>
<li class="pst-by_li">${meta[1]}</li></ul></nav>
<div class="shr-icn"><span class="shr-icn_ttl">${share[0]}</span><ul class="shr-icn_ul">
${share
  .slice(1, 5)
  .map((t) => `<li class="shr-icn_li"><a class="shr-icn_lnk" href="#" title="${t}"><span class="shr-icn_txt">${t}</span></a></li>`)
  .join('\n')}
</ul><a class="gg-src" href="https://www.google.com/preferences/source?q=lokvani.com">${share[5]}</a></div></div>
<div class="Art-exp_cn"><div class="Art-exp_wr" id="ignorediv" itemprop="articleBody">
${quickBox}
${render(blocks, {}, { 0: firstP, 2: adBlock(1), 5: also, 6: adBlock(2) })}
<p class="syn-fd"><i>${syndicated}</i></p>
</div></div>
<div class="trk-nws"><p>${track}</p></div>
<div class="tg-lst"><h3 class="tg-lst_ttl">${topicsHead}</h3><ul class="tg-lst_ul">${links(topics, 'tg-lst_li')}</ul></div></article>
<div class="prmt"><span class="prmt_lbl">${promoted[0]}</span><p><a href="https://www.tunepeti.com">${promoted[1]}</a></p></div></div>
<aside class="vjl-md-4 sdbr">${adBlock(3)}<div class="trnd"><h2 class="trnd_ttl">${trending[0]}</h2>
<ul class="trnd_ul">${links(trending.slice(1), 'trnd_li')}</ul></div></aside></div>
<footer class="ftr"><ul class="ftr_ul">${links(footer, 'ftr_li')}</ul><p class="ftr_cpy">${copyright}</p></footer></div>
<script src="/static/js/article.min.js?v=3.21" defer></script></body></html>`;
