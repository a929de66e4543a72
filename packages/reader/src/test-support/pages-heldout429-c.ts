import { links, ps, type TestPage, texts } from './page-kit.js';
import { hospital } from './pages-heldout429-c2.js';
import { j } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file c: a security news site's breach report on WordPress with the tagDiv Newspaper theme (top bar,
 * mega menu, breadcrumbs, category tag, author / date / views meta, share bar, a featured image with caption and credit, an
 * inline "Read more" promo, a newsletter box, tags, related posts, a reader comment and the sidebar) and a hospital's notice
 * of a cyber incident on Sitecore SXA (alert bar, header with Find a Doctor and MyChart links, breadcrumbs, page title, rich
 * text with dated publication line, a side navigation, a call-to-action promo and the footer).
 */
const tTitle = 'Ransomware gang leaks 410 GB stolen from Ostrander Credit Union’s mortgage vendor';
const tSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'A ransomware group calling itself Hollow Lantern has published more than 410 GB of data it claims to have stolen from Brightcove',
        'Loan Services, a mortgage servicing vendor used by Ostrander Credit Union and at least six other small lenders.',
      ),
      j(
        'The leak, posted to the gang’s data-leak site on Monday evening, includes scanned loan applications, tax returns, pay stubs and',
        'internal spreadsheets. Our reporters reviewed a sample of the files and confirmed that several contained full Social Security',
        'numbers and bank account details of borrowers.',
      ),
    ],
  ],
  [
    'Vendor confirms “network disruption”',
    [
      j(
        'Brightcove Loan Services first disclosed a “network disruption” on its status page on January 9, saying that some customer',
        'portals would be unavailable while it restored systems. The company did not mention data theft at the time.',
      ),
      j(
        'In a statement sent to us on Tuesday, a spokesperson said the company “is aware of claims made by a criminal group” and is',
        'working with outside experts to determine what information was taken. The spokesperson declined to say whether Brightcove',
        'had received or negotiated a ransom demand.',
      ),
      j(
        'Ostrander Credit Union notified its members last month that a third-party vendor had suffered a security incident. In a filing',
        'with a state attorney general, the credit union said 1,508 residents of that state were affected, though the full number across',
        'all states is likely to be higher.',
      ),
    ],
  ],
  [
    'How the attack unfolded',
    [
      'According to a threat intelligence firm that tracks the group, Hollow Lantern affiliates typically follow the same playbook:',
      'gain access through an unpatched remote-access appliance or a stolen VPN password;',
      'spend several days mapping file servers and backup systems;',
      'copy data to a cloud storage account before deploying the encryptor; and',
      'list the victim on the leak site if no payment is made within ten days.',
      j(
        'Researchers said the group has claimed 38 victims since October, most of them in financial services and healthcare, and that',
        'it has shifted from encrypting systems towards pure data extortion in recent weeks.',
      ),
    ],
  ],
  [
    'What borrowers should do',
    [
      j(
        'Borrowers who took out a mortgage through one of the affected lenders in the past seven years should watch for a notification',
        'letter, enroll in any monitoring that is offered, and consider freezing their credit with all three bureaus. Because the leaked',
        'files include bank statements, they should also ask their bank about adding a verbal password to their accounts.',
      ),
    ],
  ],
];
const tTop = ['Advertise', 'About Us', 'Contact'];
const tNav = ['News', 'Ransomware', 'Data Breaches', 'Vulnerabilities', 'Guides', 'Podcast'];
const tTags = ['Credit Unions', 'Data Leak', 'Cyber Extortion', 'Mortgage Servicing'];
const tRelated = [
  'Harrow Valley Medical Group confirms patient data stolen in December attack',
  'Payment skimmer found on outdoor retailer’s checkout for three months',
  'School district says student records accessed after phishing attack',
];
const tSide = ['Exploit for file-transfer flaw now used in the wild', 'Police seize servers of password-cracking service', 'Weekly patch roundup'];
const tList = (p: readonly string[]): string =>
  p.length > 4 && p[0]?.endsWith(':')
    ? `<p>${p[0]}</p>\n<ul>\n${p
        .slice(1, 5)
        .map((t) => `<li>${t}</li>`)
        .join('\n')}\n</ul>\n${ps(p.slice(5))}`
    : ps(p);
const tComment = j(
  'Third mortgage servicer this year. The lenders pick these vendors on price and nobody checks their security until the files are',
  'on a leak site.',
);
const tHtml = `<!doctype html >
<html lang="en-US"><head><title>${tTitle} - Patchline Security</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${tTitle}"><meta property="article:section" content="Data Breaches">
<meta property="article:published_time" content="2026-02-17T15:42:08+00:00"><meta name="author" content="Gideon Marlowe">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-02-17T15:42:08+00:00","author":{"name":"Gideon Marlowe"},"articleSection":["Data Breaches"]}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://patchlinesec.example/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<script type="text/javascript">var tdBlocksArray = []; var tds_login_sing_in_widget="show"; var
td_ajax_url="https:\\/\\/patchlinesec.example\\/wp-admin\\/admin-ajax.php";
</script></head>
<body class="post-template-default single single-post postid-48812 single-format-standard td-standard-pack global-block-template-1 tdb_template_112
tdb-template">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-top-menu-full"><div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>Tuesday, February 17, 2026</div></div><ul id="menu-top"
class="top-header-menu">${links(tTop, 'menu-item')}</ul></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="td-main-menu-logo">
<a class="td-main-logo" href="https://patchlinesec.example/"><span class="td-visual-hidden">Patchline Security</span></a></div>
<ul id="menu-main" class="sf-menu">${links(tNav, 'menu-item menu-item-type-taxonomy td-menu-item td-normal-menu')}</ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-row"><div class="vc_row tdi_81 wpb_row td-pb-row"><div class="vc_column tdi_83 wpb_column
vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_breadcrumbs tdi_84 td-pb-border-top td_block_template_1 tdb-breadcrumbs"><div class="tdb-block-inner td-fix-index">
<span><a title="" class="tdb-entry-crumb" href="https://patchlinesec.example/">Home</a></span><i class="tdb-bread-sep td-icon-right"></i>
<span><a title="View all posts in Data Breaches" class="tdb-entry-crumb" href="/category/data-breaches/">Data Breaches</a></span></div></div>
<div class="td_block_wrap tdb_single_categories tdi_85"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/category/data-breaches/">
<span class="tdb-cat-bg"></span>Data Breaches</a></div></div>
<div class="td_block_wrap tdb_title tdi_86 tdb-single-title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">${tTitle}</h1></div></div>
<div class="vc_row_inner tdi_88 vc_row vc_inner wpb_row td-pb-row"><div class="tdb_single_author tdi_90"><div class="tdb-block-inner td-fix-index">
<a class="tdb-author-photo" href="/author/gmarlowe/"></a><div class="tdb-author-by">By</div><a class="tdb-author-name" href="/author/gmarlowe/">Gideon
Marlowe</a></div>
</div><div class="tdb_single_date tdi_91"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date"
datetime="2026-02-17T15:42:08+00:00">February 17, 2026</time></div></div>
<div class="tdb_single_post_views tdi_92"><div class="tdb-block-inner td-fix-index"><i class="td-icon-views"></i><span
class="td-nr-views-48812">2,917</span></div></div>
</div>
<div class="td_block_wrap tdb_single_post_share tdi_93"><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js
td-social-handler td-social-share-text"><div class="td-social-but-text">Share</div></div>
<a class="td-social-sharing-button td-social-network td-social-twitter" href="https://x.example/intent/tweet"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-network td-social-linkedin" href="https://www.linkedin.example/share"><div
class="td-social-but-text">LinkedIn</div></a>
<a class="td-social-sharing-button td-social-network td-social-mail" href="mailto:"><div class="td-social-but-text">Email</div></a></div></div>
<div class="td_block_wrap tdb_single_featured_image tdi_94"><div class="tdb-block-inner td-fix-index"><figure><img class="entry-thumb"
src="https://patchlinesec.example/wp-content/uploads/2026/02/leak-site.jpg" alt="" width="696" height="392">
<figcaption class="tdb-caption-text">The Hollow Lantern leak site listing the vendor’s data. Image: Patchline Security</figcaption></figure></div></div>
<div class="td_block_wrap tdb_single_content tdi_95 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
${tSecs
  .map(([h, p], i) => {
    const promo =
      i === 1
        ? `<div class="tdb-post-promo"><p class="promo-box"><strong>Read more:</strong>
<a href="/payment-skimmer-outdoor-retailer/">${tRelated[1]}</a></p></div>\n`
        : '';
    return `${promo}${h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`}${tList(p)}`;
  })
  .join('\n')}
<div class="td-a-ad id_inline_content_ad"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle"></ins></div></div></div>
<div class="td_block_wrap tdb_single_tags tdi_96"><div class="tdb-block-inner td-fix-index"><span class="tdb-tags-header">Tags</span>
<ul class="tdb-tags">${links(tTags)}</ul></div></div>
<div class="td_block_wrap tds_newsletter tdi_97"><div class="tds-newsletter"><h3 class="tds-title">Get breach news in your inbox</h3>
<p class="tds-descr">One email every weekday morning with the incidents that matter.</p><form><input type="email" placeholder="Your email address">
<button class="tds-submit" type="submit">Subscribe</button></form></div></div>
<div class="td_block_wrap tdb_single_related tdi_98 td_with_ajax_pagination td-pb-border-top td_block_template_1"><div class="td-block-title-wrap">
<h4 class="td-block-title"><span>Related Posts</span></h4></div><div class="td_block_inner tdb-block-inner td-fix-index">
${tRelated
  .map(
    (t) => `<div class="tdb_module_related td_module_wrap">
<h3 class="entry-title td-module-title"><a href="/${t.length}/">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></div>
<div class="td_block_wrap tdb_single_comments tdi_99"><div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title">
<span>1 COMMENT</span></h4></div><ol class="comment-list"><li class="comment" id="comment-9912"><article><footer><cite>reno_at_risk</cite>
<a href="#comment-9912" class="comment-link"><time datetime="2026-02-17T18:05:00+00:00">February 17, 2026 At 6:05 pm</time></a></footer>
<div class="comment-content"><p>${tComment}</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form id="commentform" class="comment-form">
<textarea placeholder="Comment:" name="comment"></textarea><input class="submit" name="submit" type="submit" value="Post Comment"></form></div></div></div>
</div></div>
<div class="vc_column tdi_101 wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky"><div class="wpb_wrapper">
<div class="td_block_wrap td_block_social_counter tdi_102"><div class="td-social-list"><span class="td_social_info">14,200 Followers</span>
<span class="td_social_button">Follow</span></div></div>
<div class="td_block_wrap td_flex_block_1 tdi_103"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Latest</span></h4></div>
<div class="td_block_inner td-mc1-wrap">${tSide
  .map(
    (t) => `<div class="td_module_flex">
<h3 class="entry-title"><a href="/${t.length}-s/">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div>
<div class="td-footer-page td-footer-container td-container-wrap"><div class="td-footer-wrap"><div class="footer-text-wrap">Patchline Security covers
breaches, ransomware and the people who fix them.</div>
<div class="td-sub-footer-copy">© Patchline Media 2026. All rights reserved.</div></div></div></div>
<script type='text/javascript' src='https://patchlinesec.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5'></script>
</body></html>`;
const newspaper: TestPage = {
  name: 'heldout429-wordpress-newspaper-breach-report',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(tSecs.flatMap(([, p]) => p)),
  bylines: ['Gideon Marlowe', 'February 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuesday, February 17, 2026', ...tTop, ...tNav, 'Home', '2,917', 'Share', 'Twitter', 'LinkedIn', 'Email',
    'The Hollow Lantern leak site listing the vendor’s data. Image: Patchline Security', 'Read more:', '- Advertisement -', 'Tags', ...tTags,
    'Get breach news in your inbox', 'One email every weekday morning with the incidents that matter.', 'Subscribe', 'Related Posts', ...tRelated,
    '1 COMMENT', 'reno_at_risk', 'February 17, 2026 At 6:05 pm', tComment, 'Reply', 'LEAVE A REPLY', '14,200 Followers', 'Follow', 'Latest', ...tSide,
    'Patchline Security covers breaches, ransomware and the people who fix them.', '© Patchline Media 2026. All rights reserved.',
  ],
};

export const HELDOUT429_C: readonly TestPage[] = [newspaper, hospital];
