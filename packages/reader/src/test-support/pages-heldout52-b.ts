import { links, type TestPage, texts } from './page-kit.js';
import { rollingStoneFeature } from './pages-heldout52-b2.js';

/**
 * Held-out batch 52, file b: a story on EL PAÍS's English edition (edition switcher and section menu, the kicker, headline and
 * subtitle, the lead photo with caption and agency credit, author with place and time, share links, the body with an h3 and a
 * "More information" box, the newsletter line that closes every English-edition story, "Archived In" tags, the licensing line,
 * the comments block, "Most viewed", the Didomi consent dialog and the footer).
 */
const epTitle = 'Valencia’s rice farmers race to measure the salt creeping into the Albufera';
const epSub = 'A network of floating sensors shows seawater reaching farther into the lagoon each summer, and growers fear for the harvest that feeds paella';
const epBody1 = [
  'Every morning at dawn, Vicent Serra steers a flat-bottomed boat across the Albufera lagoon, south of Valencia, and stops at a yellow buoy ' +
    'the size of a beach ball. He lifts a cover, checks that a green light is blinking and writes a number in a notebook. The number is the ' +
    'salinity of the water, and for the past three summers it has been going up.',
  '“My grandfather never worried about salt,” says Serra, 58, who farms 14 hectares of rice on the lagoon’s western shore. “He worried about ' +
    'birds, about storms, about prices. Now the first thing I ask in the morning is what the buoys say.”',
  'The buoys are part of a network of 22 sensors installed in 2023 by the University of Valencia and the regional irrigation authority. Their ' +
    'readings, published last week in a report for the Valencian government, show that in August 2025 water with more than two grams of salt ' +
    'per liter reached 3.4 kilometers into the lagoon from the channels that connect it to the Mediterranean, a kilometer farther than in 2023.',
];
const epH3 = 'Less river, more sea';
const epBody2 = [
  'The cause, the report’s authors say, is a combination of lower flows from the Júcar and Turia rivers, rising sea levels and longer dry ' +
    'spells that force the sluice gates to stay open. When fresh water stops pushing out, the sea pushes in.',
  'Rice tolerates a little salt, but not much. Above about three grams per liter, yields fall sharply, and the grain grown around the Albufera, ' +
    'much of it the bomba and senia varieties prized for paella, is especially sensitive in its first weeks. Last summer several farms near ' +
    'El Palmar lost part of their crop, according to the growers’ cooperative.',
  '“We have data now that we did not have five years ago, and that is the good news,” says Elena Martí Cuesta, a hydrologist who leads the ' +
    'monitoring project. “The bad news is what the data says.”',
  'The regional government has promised 38 million euros to repair sluices and reroute treated wastewater into the lagoon, but farmers say the ' +
    'work is moving too slowly. Serra, for his part, keeps filling his notebook. “At least now when I complain,” he says, “I have numbers.”',
];
const epNewsletter = 'Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition';
const epMore = ['Spain’s reservoirs end the year at 41% as drought grips the southeast', 'The flood that changed Valencia: one year after the DANA'];
const epEditions = ['Spain', 'America', 'Mexico', 'Colombia', 'Chile', 'Argentina', 'USA', 'English'];
const epNav = ['International', 'Opinion', 'Economy', 'Science', 'Technology', 'Culture', 'Sports', 'Lifestyle', 'Climate'];
const epTags = ['Valencia', 'Comunidad Valenciana', 'Agriculture', 'Climate change', 'Droughts', 'Rice', 'Spain'];
const epViewed = [
  'Why Spain’s housing crisis has become a political emergency',
  'The Mexican town that lives from a single avocado orchard',
  'Barcelona cuts tourist apartment licenses to zero by 2028',
  'What the Prado’s new wing reveals about Goya',
];
const epFoot = ['Contact', 'Sales', 'Legal notice', 'Cookies policy', 'Privacy policy', 'Ad preferences', 'Sitemap', 'Ethics'];
const epConsent =
  'We and our partners use cookies and similar technologies to store and access information on your device for purposes such as ' +
  'showing personalised advertising.';
const epCaption = 'Vicent Serra checks a salinity sensor on the Albufera lagoon, near Valencia, on January 8.';
const epHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${epTitle} | Climate | EL PAÍS English</title>
<meta name="description" content="${epSub}">
<link rel="canonical" href="https://english.elpais.com/climate/2026-01-12/valencias-rice-farmers-race-albufera.html">
<meta property="article:section" content="Climate"><meta name="author" content="Clara Benlloch">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${epTitle}","alternativeHeadline":"${epSub}",
"datePublished":"2026-01-12T05:40:00+01:00","author":[{"@type":"Person","name":"Clara Benlloch","url":"https://english.elpais.com/author/clara-benlloch/"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".a_c"}}</script>
<script>var DTM={pageDataLayer:{"edition":"english","section":"climate","articleID":"2026-01-12/valencias-rice-farmers"}};</script>
<style>.a_t{font:700 2.25rem/1.15 MarcinAntB,sans-serif}.a_st{font-size:1.25rem}</style></head>
<body class="sa"><header class="_g _g-md _g-o b-d-t">
<div class="ed_c"><button class="ed_b" aria-expanded="false">Select: </button><span class="ed_n">English</span>
<ul class="ed_l">${links(epEditions, 'ed_l_i')}</ul></div>
<a class="_lg" href="https://english.elpais.com/" title="EL PAÍS English"><svg aria-hidden="true"></svg><span class="_hi">EL PAÍS English</span></a>
<div class="_dn"><a class="_btn _btn-sm" href="https://elpais.com/subscriptions/#/sign-in">Subscribe</a><a class="_btn _btn-sm" href="/login">Log in</a></div>
<nav class="sm_n"><ul>${links(epNav, 'sm_i')}</ul></nav></header>
<main id="main-content"><article class="a _g _g-lg _g-o"><header class="a_e _cf"><div class="a_k _df"><a class="a_k_n" href="/climate/">Climate</a></div>
<div class="a_e_txt _df"><h1 class="a_t">${epTitle}</h1><p class="a_st">${epSub}</p></div>
<figure class="a_e_m"><span class="a_m-h"><img src="https://imagenes.elpais.com/resizer/v2/ALBUFERA-SENSOR.jpg?auth=1f3a&amp;width=1200" alt="${epCaption}"
width="1200" height="675" fetchpriority="high"></span><figcaption class="a_m_p"><span class="a_m_w">${epCaption}</span>
<span class="a_m_m">Biel Aliño (EFE)</span></figcaption>
</figure></header>
<div class="a_md _cf"><div class="a_md_txt">
<div class="a_md_a"><a class="a_md_a_n" href="https://english.elpais.com/author/clara-benlloch/">Clara Benlloch</a></div>
<div class="a_md_f"><span class="a_md_l">Valencia</span> - <a href="https://english.elpais.com/climate/2026-01-12/" data-date="2026-01-12T05:40:00+01:00">
<time id="sel_date" datetime="2026-01-12T05:40:00+01:00">Jan 12, 2026 - 05:40 CET</time></a></div></div>
<div class="a_sh"><a class="a_sh_b" href="https://api.whatsapp.com/send?text=" aria-label="Share on Whatsapp"><svg></svg></a>
<a class="a_sh_b" href="https://www.facebook.com/sharer.php" aria-label="Share on Facebook"><svg></svg></a>
<a class="a_sh_b" href="https://bsky.app/intent/compose" aria-label="Share on Bluesky"><svg></svg></a>
<button class="a_sh_b" aria-label="Copy link"><svg></svg></button></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
${epBody1.map((p) => `<p>${p}</p>`).join('\n')}
<aside class="a_r" data-dtm-region="articulo_cuerpo_mas_info"><h3 class="a_r_t">More information</h3><div class="a_r_c">
${epMore.map((t) => `<article class="c c-xs"><h2 class="c_t"><a href="#">${t}</a></h2></article>`).join('\n')}</div></aside>
<h3>${epH3}</h3>
${epBody2.map((p) => `<p>${p}</p>`).join('\n')}
<p><i><a href="https://plus.elpais.com/newsletters/lnp/1/333/?lang=en">Sign up for our weekly newsletter</a> to get more English-language news ` +
  `coverage from EL PAÍS USA Edition</i></p></div>
<div class="a_bt"><div class="w_ar _g _g-lg"><span class="w_ar_t">Archived In</span><ul class="w_ar_ul">${links(epTags, '_db')}</ul></div>
<p class="a_lic">If you are interested in licensing this content, please contact
<a href="mailto:ventacontenidos@prisamedia.com">ventacontenidos@prisamedia.com</a></p>
<div class="w_cm" id="comentarios"><h4 class="w_cm_t">Comments</h4><a class="w_cm_n" href="/estaticos/normas-comentarios/">Rules</a>
<p class="w_cm_l">Complete your name and surname to comment</p><button class="_btn">Comment</button></div></div></article>
<aside class="b b-m _g-o"><header class="b_h"><h2 class="b_h_t">Most viewed</h2></header><ol class="b_ol">${links(epViewed, 'c c-n')}</ol></aside></main>
<div id="didomi-host"><div id="didomi-popup" role="dialog" aria-label="Your privacy"><div class="didomi-popup-view">
<h2 id="didomi-notice-title">EL PAÍS uses cookies</h2><p>${epConsent}</p><button id="didomi-notice-agree-button">Accept and continue</button>
<button id="didomi-notice-learn-more-button">Configure or reject</button></div></div></div>
<footer class="_g _g-md _g-o"><a class="_lg" href="/">EL PAÍS</a><ul class="_ls">${links(epFoot)}</ul>
<p class="f_c">© EDICIONES EL PAÍS S.L.</p><p class="f_pm">Prisa Media</p></footer></body></html>`;
const elPais: TestPage = {
  html: epHtml,
  name: 'heldout52-elpais-english-story',
  kind: 'news',
  // the subtitle (p.a_st) is the dek: body; the one h3 is the heading; "Clara Benlloch" and the place-and-time line (as it
  // reads) are bylines; the closing newsletter line is the edition's standing promo, in italics at the foot of every English
  // story: furniture although it sits inside the body div; the "More information" box, caption and agency credit, kicker,
  // edition menu, "Archived In" tags, licensing line, comments block, "Most viewed", consent dialog, header and footer are
  // furniture; the tags "Valencia" and "Rice" are body words: left out
  title: epTitle,
  headings: [epH3],
  body: [epSub, ...texts(epBody1), ...texts(epBody2)],
  bylines: ['Clara Benlloch', 'Valencia - Jan 12, 2026 - 05:40 CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Select:', ...epEditions, 'EL PAÍS English', 'Subscribe', 'Log in', ...epNav, epCaption, 'Biel Aliño (EFE)', 'More information',
    ...epMore, epNewsletter, 'Archived In', ...epTags.filter((t) => t !== 'Valencia' && t !== 'Rice'),
    'If you are interested in licensing this content, please contact ventacontenidos@prisamedia.com', 'Comments', 'Rules',
    'Complete your name and surname to comment', 'Comment', 'Most viewed', ...epViewed, 'EL PAÍS uses cookies',
    epConsent,
    'Accept and continue', 'Configure or reject', ...epFoot, '© EDICIONES EL PAÍS S.L.', 'Prisa Media',
  ],
};

export const HELDOUT52_B: readonly TestPage[] = [elPais, rollingStoneFeature];
