/**
 * Held-out batch 127, file c3: the wikiHow page around the how-to of file c2 (header with search, "Courses", the "Explore"
 * menu and "Log in / Sign up", the breadcrumb, the co-author byline with its hidden expert popup, the "Explore this Article"
 * list, "Community Q&A" with its question form, the "Submit a Tip" form, "Related wikiHows", references, "About This
 * Article", "Did this article help you?", the right rail with ad slots and article lists, the newsletter box, the footer and
 * the cookie notice).
 */
const nav = ['Courses', 'Explore', 'Random Article', 'Categories', 'Quizzes & Games', 'Help Others', 'Write an Article', 'About wikiHow', 'Log in / Sign up'];
const crumbs = ['Home and Garden', 'Gardening', 'Houseplants'];
const bio =
  'Mara Delacroix is a horticulturist and the owner of Fernhollow Plant Studio in Portland, Oregon. She has more than fifteen years of ' +
  'experience caring for indoor plants and teaches repotting workshops for beginners.';
const toc = ['Download Article', 'Explore this Article', 'Questions & Answers', 'Tips and Warnings', 'Related Articles'];
const qa = [
  ['Can I repot a root-bound plant in winter?', 'You can if the roots are rotting, but otherwise wait until spring, when the plant will recover faster.'],
  ['Should I break up roots that are very tight?', 'Yes. If they are left circling, they will keep growing in the shape of the old pot.'],
] as const;
const qaUi = [
  'Community Q&A',
  'Search',
  'Question',
  'Helpful 14',
  'Not Helpful 2',
  'Helpful 9',
  'Not Helpful 1',
  'Ask a Question',
  '200 characters left',
  'Include your email address to get a message when this question is answered.',
  'Submit',
];
const tipForm = [
  'Submit a Tip',
  'All tip submissions are carefully reviewed before being published',
  'Name',
  'Please provide your name and last initial',
  'Thanks for submitting a tip for review!',
];
const related = ['How to Propagate Pothos', 'How to Choose Potting Soil', 'How to Save an Overwatered Plant', 'How to Care for a Snake Plant'];
const refs = [
  'https://extension.example.edu/houseplants/repotting',
  'https://www.rhs.example/houseplants/potting-on',
  'https://www.gardenjournal.example/root-bound-plants',
  'https://extension.example.edu/houseplants/after-care',
];
const about = [
  'About This Article',
  'Co-authored by:',
  'Horticulturist',
  'This article was co-authored by Mara Delacroix. Mara Delacroix is a horticulturist and the owner of Fernhollow Plant Studio in ' +
    'Portland, Oregon. She has more than fifteen years of experience caring for indoor plants and teaches repotting workshops for ' +
    'beginners. This article has been viewed 84,210 times.',
  'Co-authors: 9',
  'Views: 84,210',
  'Categories: Houseplants',
  'Did this article help you?',
  'Yes',
  'No',
];
const rail = [
  ['Featured Articles', ['How to Start a Conversation', 'How to Fold a Fitted Sheet', 'How to Write a Cover Letter']],
  ['Trending Articles', ['How to Clean a Cast Iron Pan', 'How to Tie a Bowline Knot', 'How to Read a Tide Table']],
] as const;
const news = ['Get all the best how-tos!', "Sign up for wikiHow's weekly email newsletter", 'Subscribe'];
const foot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const cookie = 'Cookies make wikiHow better. By continuing to use our site, you agree to our cookie policy.';
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const slug = (t: string): string => t.replace(/^How to /, '').replace(/\W+/g, '-');

/** The whole saved page around the article. */
export function wikihowChrome(article: string, title: string, parts: readonly string[]): string {
  const byline = `<div id="coauthor_byline" class="byline_info"><div class="byline_info_coauthor">Co-authored by <a href="#sp_expert_bio"
class="coauthor_link">Mara Delacroix</a></div><div class="byline_info_last_update">Last Updated: October 4, 2024</div>
<div class="coauthor_hover hidden" aria-hidden="true"><div class="coauthor_hover_name">Mara Delacroix</div><div class="coauthor_hover_blurb">Horticulturist
</div><div class="coauthor_hover_bio">${bio}</div></div></div>`;
  const tocHtml = `<div id="method_toc" class="method_toc"><a class="method_toc_download" href="?action=download" rel="nofollow">${toc[0]}</a>
<div class="method_toc_label">${toc[1]}</div><ul class="method_toc_list">${parts
    .map((p, i) => `<li><a href="#${p.replace(/ /g, '-')}" class="method_toc_item">Part ${i + 1}: ${p}</a></li>`)
    .join('')}<li><a href="#Questions_and_Answers_sub">${toc[2]}</a></li><li><a href="#Tips_sub">${toc[3]}</a></li>
<li><a href="#Things_You.27ll_Need_sub">Things You'll Need</a></li><li><a href="#relatedwikihows">${toc[4]}</a></li><li><a
href="#sourcesandcitations">References
</a></li></ul></div>`;
  const qaHtml = `<div id="qa" class="section qa sticky"><h2><span class="mw-headline" id="Questions_and_Answers">${qaUi[0]}</span></h2>
<div class="section_text"><div class="qa_search"><input type="text" class="qa_search_input" placeholder="${qaUi[1]}"><button class="qa_search_button">${qaUi[1]}
</button></div><ul class="qa_list">${qa
    .map(
      ([q, ans], i) => `<li class="qa_li"><div class="qa_q"><span class="qa_q_label">${qaUi[2]}</span><div class="qa_q_txt">${q}</div></div>
<div class="qa_answer"><div class="qa_a_txt">${ans}</div></div><div class="qa_helpful"><span class="qa_helpful_yes">${qaUi[3 + i * 2]}</span>
<span class="qa_helpful_no">${qaUi[4 + i * 2]}</span></div></li>`,
    )
    .join('\n')}</ul><div class="qa_ask"><h3 class="qa_ask_title">${qaUi[7]}</h3><textarea class="qa_ask_box" maxlength="200"></textarea>
<div class="qa_ask_count">${qaUi[8]}</div><div class="qa_ask_email_label">${qaUi[9]}</div><input type="email" class="qa_ask_email">
<button class="button primary qa_ask_submit">${qaUi[10]}</button></div></div></div>`;
  const tipHtml = `<div id="submit_tip" class="addTipElement"><h3 class="addtip_title">${tipForm[0]}</h3><p class="addtip_desc">${tipForm[1]}</p>
<textarea class="addtip_text"></textarea><label class="addtip_name_label">${tipForm[2]}</label><input type="text" class="addtip_name"
placeholder="${tipForm[3]}"><div class="addtip_name_hint">${tipForm[3]}</div><button class="button primary addtip_submit">Submit</button>
<div class="addtip_thanks hidden">${tipForm[4]}</div></div>`;
  const body = article.replace('__BYLINE__', byline).replace('__TOC__', tocHtml).replace('__QA__', qaHtml).replace('__TIPFORM__', tipHtml);
  return `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${title}: 11 Steps (with Pictures) - wikiHow</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${title}. Roots circling the bottom of the pot...">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="wikiHow">
<link rel="canonical" href="https://www.wikihow.com/Repot-a-Root-Bound-Houseplant">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${title}","totalTime":"PT20M","step":[${parts
    .map((p, i) => `{"@type":"HowToSection","name":"${p}","position":${i + 1}}`)
    .join(',')}]}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${title}","author":{"@type":"Person","name":"Mara Delacroix"},
"datePublished":"2019-03-12","dateModified":"2024-10-04","publisher":{"@type":"Organization","name":"wikiHow"}}</script>
<script>var WH = WH || {}; WH.pageName = "Repot a Root Bound Houseplant"; WH.isMobile = false; WH.pageID = 10428867;</script>
<link rel="stylesheet" href="/load.php?modules=zzz.mobile.wikihow.styles&amp;only=styles"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Repot_a_Root_Bound_Houseplant skin-whv5 action-view">
<div id="header_container"><div id="header" class="ts_header"><a href="/Main-Page" id="logo_link" class="logo_link"><img
src="/skins/owl/images/wikihow_logo.svg"
alt="wikiHow: How-to instructions you can trust." class="logo"></a><div id="hdrsearch"><form action="/wikiHowTo" id="cse-search-hp" class="search">
<input type="text" id="hs_query" role="textbox" name="search" placeholder="Search" aria-label="Search"><button type="submit" id="hs_submit" aria-label="Search">
</button></form></div><nav id="header_nav"><ul class="menu">${nav
    .map((t) => `<li class="nav_item"><a href="/Special:${t.replace(/\W+/g, '')}" class="nav_link">${esc(t)}</a></li>`)
    .join('')}</ul></nav></div></div>
<div id="main_container" class="main_container"><div id="main"><div id="breadcrumb_container"><ul id="breadcrumb" class="breadcrumb"><li class="home">
<a href="/Special:CategoryListing">Categories</a></li>${crumbs
    .map(
      (c) => `<li>» <a
href="/Category:${c.replace(/ /g, '-')}">${c}</a></li>`,
    )
    .join('')}</ul></div>
<div id="article" class="main_article" data-ti="10428867">
${body}
<div id="relatedwikihows" class="section relatedwikihows sticky"><h2><span class="mw-headline" id="Related_wikiHows">Related wikiHows</span></h2>
<div class="related_boxes">${related
    .map(
      (t) => `<a href="/${slug(t)}" class="related-box"><div class="related-image"><img src="/images/thumb/${slug(t)}.jpg" alt="" loading="lazy"></div>
<div class="related-title"><span class="related-title-text">${t}</span></div></a>`,
    )
    .join('\n')}</div></div>
<div id="sourcesandcitations" class="section sourcesandcitations sticky"><h2><span class="mw-headline" id="References">References</span></h2>
<div class="section_text"><ol class="references">${refs
    .map(
      (r, i) => `<li id="_note-${i + 1}"><a href="#_ref-${i + 1}">↑</a> <span
class="reference-text"><a href="${r}" class="external free">${r}</a></span></li>`,
    )
    .join('')}</ol></div></div>
<div id="aboutthisarticle" class="section aboutthisarticle"><h2><span class="mw-headline" id="About_This_Article">${about[0]}</span></h2>
<div class="sp_expert_box"><div class="sp_label">${about[1]}</div><div class="sp_name"><a href="/Mara-Delacroix">Mara Delacroix</a></div>
<div class="sp_blurb">${about[2]}</div><div class="sp_text">${about[3]}</div></div><ul class="ata_stats"><li>${about[4]}</li>
<li>Updated: October 4, 2024</li><li>${about[5]}</li><li>Categories: <a href="/Category:Houseplants">Houseplants</a></li></ul>
<div id="article_rating" class="article_rating"><div class="ar_question">${about[7]}</div><button class="ar_yes">${about[8]}</button>
<button class="ar_no">${about[9]}</button></div></div></div>
<div id="sidebar" class="sidebar"><div id="sidebar_ad_1" class="wh_ad_inner"><div class="ad_label">Advertisement</div></div>
${rail
  .map(
    ([h, items]) =>
      `<div class="sidebox"><h3 class="sidebox_title">${h}</h3><ul class="sidebox_list">${items
        .map((t) => `<li><a href="/${slug(t)}"><span class="sidebox_text">${t}</span></a></li>`)
        .join('')}</ul></div>`,
  )
  .join('\n')}
<div id="sidebar_ad_2" class="wh_ad_inner"><div class="ad_label">Advertisement</div></div></div></div></div>
<div id="footer_container"><div id="footer"><div class="newsletter_box"><h3 class="newsletter_title">${news[0]}</h3><p>${news[1]}</p><input type="email"
placeholder="Email Address" class="newsletter_email"><button class="button primary">${news[2]}</button></div>
<ul id="footer_links">${foot.map((t) => `<li><a href="/${t.replace(/\W+/g, '-')}">${t}</a></li>`).join('')}</ul>
<div id="footer_social"><span class="footer_social_label">Follow Us</span><a href="https://www.facebook.com/wikiHow"
aria-label="Facebook"></a></div></div></div>
<div id="gdpr" class="gdpr_notice"><div class="gdpr_text">${cookie}</div><a href="#" class="gdpr_close" aria-label="close">X</a></div>
<script src="/extensions/wikihow/common/jquery-3.7.1.min.js" defer></script>
</body></html>`;
}

/** The texts of the page around the article a reader must never take for it. */
export const wikihowFurniture = (): string[] => [
  ...nav,
  'Categories',
  ...crumbs,
  bio,
  ...toc,
  ...qa.flat(),
  ...qaUi,
  ...tipForm,
  'Related wikiHows',
  ...related,
  ...about,
  'Advertisement',
  ...rail.flatMap(([h, items]) => [h, ...items]),
  ...news,
  ...foot.filter((t) => t !== 'About wikiHow'),
  'Follow Us',
  cookie,
];
