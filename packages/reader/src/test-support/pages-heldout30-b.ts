import { type TestPage, texts } from './page-kit.js';
import { jannahBlog } from './pages-heldout30-b2.js';

/**
 * Held-out batch 30, file b: a county news site on WordPress with tagDiv's Newspaper theme and a tagDiv Cloud single-post
 * template (td-scroll-up, the hidden mobile menu and mobile search, the header zones with the date, top menu, "Sign in /
 * Join", logo and main menu, the tdb_breadcrumbs block with its BreadcrumbList JSON-LD, category, title, subtitle, author,
 * date, comment count and views blocks, the featured image with caption, the share block, the content block with an inline
 * ad, tags, next/prev, the author box, "RELATED ARTICLES / MORE FROM AUTHOR", the "LEAVE A REPLY" form, the sidebar's
 * social counter and "MOST POPULAR", the footer zone and the hidden login modal).
 */
const tdTitle = 'County board approves $4.2 million rebuild of Pelham Point ferry dock';
const tdSub = 'Construction is expected to start in March and will close the car ferry for about six weeks.';
const tdBody1 = [
  'The Harbor County Board of Supervisors voted 4-1 on Thursday to rebuild the ferry dock at Pelham Point, ending a two-year ' +
    'argument over whether the ageing timber landing should be repaired or replaced.',
  'The $4.2 million project will replace the dock’s timber pilings with steel, raise the loading ramp by 18 inches and add a ' +
    'covered waiting area for foot passengers. About $2.9 million will come from a state maritime grant awarded in August; the ' +
    'rest will be drawn from the county’s harbor reserve fund.',
  '“We have been patching this dock since before some of our deckhands were born,” said Supervisor Lorraine Alvarez, whose ' +
    'district includes the island. “At some point you have to stop spending money on the past.”',
];
const tdH1 = 'What changes for riders';
const tdBody2 = [
  'The county expects the work to take about 14 weeks, but the car ferry will only stop running for six of them, while the ' +
    'ramp is lifted out and replaced. During that time a passenger-only launch will run hourly from Pelham Point to the island ' +
    'between 6 a.m. and 9 p.m.',
  'Island residents who need to move a vehicle during the closure can book a space on the weekly freight barge through the ' +
    'public works office. Emergency vehicles will be carried on the barge at any hour.',
  'Supervisor Mark Tessier, who cast the only vote against, said he supported a new dock but wanted the closure moved to ' +
    'November, when traffic is lowest. Public works director Gina Okafor said a November start would push the steel order ' +
    'into next year and raise the cost by roughly 11 percent.',
  'A public meeting on the construction schedule will be held at the island community hall on Jan. 8 at 6:30 p.m.',
];
const tdTopMenu = ['Advertise', 'Contact', 'Subscribe', 'E-Edition'];
const tdMenu = ['Home', 'Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Obituaries', 'Events'];
const tdTags = ['ferry', 'Harbor County Board', 'Pelham Point', 'transportation'];
const tdRelated = [
  'State awards $11 million in maritime grants to six coastal counties',
  'Island school bus contract goes to Westshore Transit',
  'Letters: The ferry schedule is failing working families',
];
const tdPopular = [
  'Harbor Days festival moves to the fairgrounds after 40 years',
  'Two hurt in Route 9 crash near Millers Cove',
  'Westshore girls win first regional soccer title',
  'Restaurant inspections: October 2025',
];
const tdModal = [
  'Welcome! Log into your account',
  'Forgot your password? Get help',
  'Password recovery',
  'Recover your password',
  'A password will be e-mailed to you.',
];
const block = (cls: string, uid: number, inner: string): string =>
  `<div class="td_block_wrap ${cls} tdi_${uid} td-pb-border-top td_block_template_1" data-td-block-uid="tdi_${uid}">\n` +
  `<div class="tdb-block-inner td-fix-index">${inner}</div></div>`;
const share = (net: string, label: string): string =>
  `<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-${net}" href="#" title="${label}">\n` +
  `<div class="td-social-but-icon"><i class="td-icon-${net}"></i></div><div class="td-social-but-text">${label}</div></a>`;
const menuItems = (items: readonly string[], base: string): string =>
  items
    .map(
      (t) =>
        `<li class="menu-item menu-item-type-taxonomy tdb-menu-item-button tdb-menu-item tdb-normal-menu">\n` +
        `<a href="${base}${t.toLowerCase()}/"><div class="tdb-menu-item-text">${t}</div></a></li>`,
    )
    .join('\n');
const related = (t: string): string => `<div class="tdb_module_related td_module_wrap td-animation-stack">
<div class="td-module-container td-category-pos-"><div class="td-image-container"><div class="td-module-thumb">
<a href="#" rel="bookmark" class="td-image-wrap " title="${t}"><span class="entry-thumb td-thumb-css"></span></a></div></div>
<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark" title="${t}">${t}</a></h3></div></div></div>`;
const tdCaption = 'The ferry dock at Pelham Point, where timber pilings date to 1971. Photo: Dana Whitfield / Harbor County Ledger';
const tdBio = 'Dana Whitfield covers county government, the ferries and the harbor for the Ledger. Reach her at dwhitfield@harborledger.example.';
const tdAbout = 'The Harbor County Ledger has covered the towns and islands of Harbor County since 1889. Send news tips to tips@harborledger.example.';
const tdHtml = `<!doctype html > <html lang="en-US"> <head>
    <title>County board approves $4.2 million rebuild of Pelham Point ferry dock | Harbor County Ledger</title> <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
    <link rel="icon" type="image/png" href="https://harborledger.example/wp-content/uploads/2023/04/favicon.png">
    <script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"County board approves $4.2 million rebuild of Pelham Point ferry dock","datePublished":"2025-11-10T07:45:12+00:00",
"author":{"name":"Dana Whitfield","@id":"https://harborledger.example/#/schema/person/5c2e"},"articleSection":["Local"],"inLanguage":"en-US"}]}</script>
    <script>var tdBlocksArray = []; function tdBlock() { this.id = ''; this.ajax_pagination_infinite_stop = ''; this.max_num_pages = 0; }</script>
    <script>var td_screen_width = window.innerWidth; var tdLocalCache = {};
    var td_ajax_url="https:\\/\\/harborledger.example\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8";</script>
    <style id="tdb-global-colors">:root {--accent-color: #c41e3a; --news-hub-dark-grey: #333;}</style> </head>
<body class="post-template-default single single-post postid-58213 single-format-standard td-standard-pack global-block-template-1
  tdb_template_41977 tdb-template tdc-header-template tdc-footer-template td-animation-stack-type0 td-full-layout"
  itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"> <div class="td-mobile-container">
    <div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
    <div class="td-mobile-content"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu"> ${tdMenu
      .map((t) => `<li class="menu-item"><a href="/category/${t.toLowerCase()}/">${t}<i class="td-icon-menu-right td-element-after"></i></a></li>`)
      .join('\n')} </ul></div></div> </div> </div>
<div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden"><div class="td-drop-down-search">
  <form method="get" class="td-search-form" action="https://harborledger.example/">
  <div class="td-search-close"><span><i class="td-icon-close-mobile"></i></span></div><div role="search" class="td-search-input"><span>Search</span>
  <input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" /></div></form>
  <div id="td-aj-search-mob" class="td-ajax-search-flex"></div></div></div> <div id="td-outer-wrap" class="td-theme-wrap">
  <div class="td-header-template-wrap" style="position: relative"> <div class="td-header-desktop-wrap ">
      <div id="tdi_9" class="tdc-zone"><div class="tdc_zone tdi_10 wpb_row td-pb-row tdc-element-style">
${block('tdb_header_date', 18, '<div class="tdb-head-date-txt">Monday, November 10, 2025</div>')}
${block('tdb_header_menu', 20, `<ul class="tdb-block-menu tdb-menu tdb-menu-items-visible">\n${menuItems(tdTopMenu, '/')}</ul>`)} ${block(
  'tdb_header_user',
  22,
  '<a class="td-login-modal-js tdb-head-usr-item tdb-head-usr-log" href="#login-form" data-effect="mpf-td-login-effect">\n' +
    '<i class="tdb-head-usr-log-icon td-icon-user"></i><span class="tdb-head-usr-log-txt">Sign in / Join</span></a>',
)} ${block(
  'tdb_header_logo',
  24,
  '<a class="tdb-logo-a" href="https://harborledger.example/"><span class="tdb-logo-img-wrap">\n' +
    '<img class="tdb-logo-img" src="/wp-content/uploads/2023/04/ledger-logo.png" alt="Harbor County Ledger" title=""></span></a>',
)}
${block('tdb_header_menu', 30, `<ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible">\n${menuItems(tdMenu, '/category/')}</ul>`)}
      </div></div> </div> </div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="58213" data-autoload-type="" data-autoload-count="5">
<div class="td-main-content-wrap td-container-wrap"> <div class="tdc-content-wrap">
    <article id="template-id-41977" class="post-41977 tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article">
      <div id="tdi_56" class="tdc-zone"><div class="tdc_zone tdi_57 wpb_row td-pb-row">
      <div id="tdi_58" class="tdc-row"><div class="vc_row tdi_59 wpb_row td-pb-row">
      <div class="vc_column tdi_61 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper"> ${block(
        'tdb_breadcrumbs',
        62,
        '<span><a title="" class="tdb-entry-crumb" href="https://harborledger.example/">Home</a></span><i class="tdb-bread-sep td-icon-right"></i>\n' +
          '<span><a title="View all posts in Local" class="tdb-entry-crumb" href="/category/local/">Local</a></span>\n' +
          `<i class="tdb-bread-sep tdb-bred-no-url-last td-icon-right"></i><span class="tdb-bred-no-url-last">${tdTitle}</span>`,
      )}
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@type":"WebSite","@id":"https://harborledger.example/","name":"Home"}},{"@type":"ListItem","position":2,
"item":{"@type":"WebPage","@id":"https://harborledger.example/category/local/","name":"Local"}}]}</script>
        <div class="td_block_wrap tdb_single_categories tdi_63 td-pb-border-top td_block_template_1" style=" z-index: 2;" data-td-block-uid="tdi_63">
          <div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/category/local/"><span class="tdb-cat-bg"></span>Local</a></div></div>
${block('tdb_title tdb-single-title', 64, `<h1 class="tdb-title-text">${tdTitle}</h1><div></div><div class="tdb-title-line"></div>`)}
${block('tdb_single_subtitle', 65, `<p>${tdSub}</p>`)} ${block(
  'tdb_single_author',
  66,
  '<a class="tdb-author-photo" href="/author/dwhitfield/" title="Dana Whitfield"><img alt="Dana Whitfield" src="/wp-content/uploads/avatars/dw-96.jpg"\n' +
    'class="avatar avatar-96 photo" height="96" width="96" loading="lazy" /></a>\n' +
    '<div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="/author/dwhitfield/">Dana Whitfield</a></div>',
)}
${block('tdb_single_date', 67, '<time class="entry-date updated td-module-date" datetime="2025-11-10T07:45:12+00:00">November 10, 2025</time>')}
${block('tdb_single_comments_count', 68, '<a href="#comments"><i class="tdb-comm-icon td-icon-comments"></i><span>0</span></a>')}
${block('tdb_single_post_views', 69, '<i class="tdb-views-icon td-icon-views"></i><span class="td-nr-views-58213">1482</span>')} ${block(
  'tdb_single_featured_image',
  70,
  `<a href="/wp-content/uploads/2025/11/pelham-dock.jpg" data-caption="${tdCaption}">\n` +
    '<img width="696" height="464" class="entry-thumb" src="/wp-content/uploads/2025/11/pelham-dock-696x464.jpg" alt="" title="pelham-dock"/></a>\n' +
    `<figcaption class="tdb-caption-text">${tdCaption}</figcaption>`,
)}
        <div class="td_block_wrap tdb_single_post_share tdi_71 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_71">
        <div id="tdi_71" class="td-post-sharing tdb-block td-ps-bg td-ps-notext td-post-sharing-style1 "> <div class="td-post-sharing-visible">
${share('facebook', 'Facebook')} ${share('twitter', 'Twitter')} ${share('pinterest', 'Pinterest')} ${share('whatsapp', 'WhatsApp')}
          <div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-expand-tabs" data-block-uid="tdi_71">
            <div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></div></div>
          <div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul>
            <a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="tdi_71" title="More">
            <div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div> </div></div>
        <div class="td_block_wrap tdb_single_content tdi_72 td-pb-border-top td_block_template_1 td-post-content tagdiv-type" data-td-block-uid="tdi_72">
        <div class="tdb-block-inner td-fix-index"> ${tdBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center"><span class="td-adspot-title">- Advertisement -</span>
<div class="td-all-devices"><a href="https://ads.example/click?c=211"><img src="/wp-content/uploads/2025/09/westshore-credit-union-728.jpg"
alt=""/></a></div></div> <h2 class="wp-block-heading">${tdH1}</h2>
${tdBody2.map((p) => `<p>${p}</p>`).join('\n')} </div></div> ${block(
  'tdb_single_tags',
  73,
  `<ul class="tdb-tags"><li><span>TAGS</span></li>\n${tdTags
    .map(
      (t) => `<li><a
href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
    )
    .join('\n')}</ul>`,
)} ${block(
  'tdb_single_next_prev',
  74,
  `<div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>Previous article</span><a
href="/2025/11/09/island-school-bus/">${tdRelated[1]}</a></div>\n` +
    `<div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>Next article</span><a href="/2025/11/10/harbor-days/">${tdPopular[0]}</a></div>`,
)}
        <div class="td_block_wrap tdb_single_author_box tdi_75 tdb-content-vert-top td-pb-border-top td_block_template_1" data-td-block-uid="tdi_75">
        <div class="tdb-author-box td-fix-index">
          <div class="tdb-author-photo"><img alt="Dana Whitfield" src="/wp-content/uploads/avatars/dw-96.jpg" class="avatar avatar-96 photo" height="96"
width="96" /></div>
          <div class="tdb-author-info"><a href="/author/dwhitfield/" class="tdb-author-name">Dana Whitfield</a>
          <div class="tdb-author-descr">${tdBio}</div>
          <div class="tdb-author-url"><a href="https://x.com/danawhitfield">x.com/danawhitfield</a></div></div></div></div>
        <div class="td_block_wrap tdb_single_related tdi_76 tdb-single-related-posts td-pb-border-top td_block_template_1" data-td-block-uid="tdi_76">
          <div class="td-block-title-wrap"><div class="td-related-title">
            <a id="tdi_77" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_76" href="#">RELATED ARTICLES</a>
            <a id="tdi_78" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_76" href="#">MORE FROM AUTHOR</a>
          </div></div>
          <div id="tdi_76" class="td_block_inner tdb-block-inner td-fix-index">
${tdRelated.map(related).join('\n')} </div> </div>
        <div class="td_block_wrap tdb_single_comments tdi_79 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_79">
        <div class="tdb-block-inner td-fix-index"><div class="comments" id="comments"><div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title"><div class="td-comments-title-wrap td_block_template_1">
          <h4 class="td-comments-title block-title"><span>LEAVE A REPLY</span></h4></div>
          <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
          <form action="https://harborledger.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div
class="clearfix"></div>
            <div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"
              aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>
            <div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30"
              aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div>
            <div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"
              aria-required='true' /><div class="td-warning-email-error">You have entered an incorrect email address!</div>
              <div class="td-warning-email">Please enter your email address here</div></div>
            <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
              <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
            <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p>
          </form></div></div> </div></div> </div></div>
      <div class="vc_column tdi_81 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">
        <div class="td_block_wrap td_block_social_counter tdi_82 td-pb-border-top td_block_template_1">
          <div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>Stay Connected</span></h4></div>
          <div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp
td-sp-facebook"></div>
            <span class="td_social_info td_social_info_counter">18,340</span><span class="td_social_info td_social_info_name">Fans</span>
            <span class="td_social_button"><a href="https://facebook.com/harborledger">Like</a></span></div></div>
          <div class="td_social_type td-pb-margin-side td_social_twitter"><div class="td-social-box"><div class="td-sp td-sp-twitter"></div>
            <span class="td_social_info td_social_info_counter">4,912</span><span class="td_social_info td_social_info_name">Followers</span>
            <span class="td_social_button"><a href="https://x.com/harborledger">Follow</a></span></div></div></div></div>
        <div class="td_block_wrap td_block_15 tdi_83 td-pb-border-top td_block_template_1">
          <div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>MOST POPULAR</span></h4></div>
          <div class="td_block_inner"> ${tdPopular
            .map((t) => `<div class="td_module_mx4 td_module_wrap"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark">${t}</a></h3></div>`)
            .join('\n')} </div></div> </div></div> </div></div> </div></div> </article> </div> </div> </div>
  <div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap "><div id="tdi_90" class="tdc-zone">
  <div class="tdc_zone tdi_91 wpb_row td-pb-row">
    <div class="td_block_wrap tdb_text tdi_92"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>ABOUT US</span></h4></div>
      <div class="tdb-text-inner">${tdAbout}</div></div>
    <div class="td_block_wrap tdb_text tdi_93"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>FOLLOW US</span></h4></div></div>
    <div class="td_block_wrap tdb_text tdi_94"><div class="tdb-text-inner">© Newspaper WordPress Theme by TagDiv</div></div>
  </div></div></div></div> </div>
<div id="login-form" class="white-popup-block mfp-hide mfp-with-anim td-login-modal-wrap">
  <div class="td-login-wrap"><a href="#" aria-label="Back" class="td-back-button"><i class="td-icon-modal-back"></i></a>
    <div id="td-login-div" class="td-login-form-div td-display-block"><div class="td-login-panel-title">Sign in</div>
      <div class="td-login-panel-descr">${tdModal[0]}</div>
      <div class="td_display_err"></div><form id="loginForm" action="#" method="post">
      <div class="td-login-inputs"><input class="td-login-input" autocomplete="username" type="text" name="login_email" id="login_email" value="" required>
        <label for="login_email">your username</label></div>
      <div class="td-login-inputs"><input class="td-login-input" autocomplete="current-password" type="password" name="login_pass" id="login_pass" value=""
required>
        <label for="login_pass">your password</label></div>
      <input type="button" name="login_button" id="login_button" class="wpb_button btn td-login-button" value="Login"></form>
      <div class="td-login-info-text"><a href="#" id="forgot-pass-link">${tdModal[1]}</a></div></div>
    <div id="td-forgot-pass-div" class="td-login-form-div td-display-none"><div class="td-login-panel-title">${tdModal[2]}</div>
      <div class="td-login-panel-descr">${tdModal[3]}</div>
      <div class="td_display_err"></div><form id="forgotpassForm" action="#" method="post">
      <div class="td-login-inputs"><input class="td-login-input" type="text" name="forgot_email" id="forgot_email" value="" required>
        <label for="forgot_email">your email</label></div>
      <input type="button" name="forgot_button" id="forgot_button" class="wpb_button btn td-login-button" value="Send My Password"></form>
      <div class="td-login-info-text">${tdModal[4]}</div></div> </div> </div>
<script type="text/javascript" src="https://harborledger.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?id=12.6.8"
  id="td-site-min-js"></script> </body> </html>`;
const tagdiv: TestPage = {
  html: tdHtml,
  name: 'heldout30-wp-newspaper-tagdiv',
  kind: 'news',
  // the subtitle block under the title is the article's dek: body (as batch 19's dek); the content block's paragraphs and
  // its h2 are the article; "Dana Whitfield" and the date are the bylines ("By" in neither; her name recurs in the author
  // box, the photo credit and the alt texts); the header date is the day the page was served, not the article's: furniture;
  // category, comment count ("0") and views are furniture, as are the caption, share buttons, ad label, tags, next/prev,
  // the author box bio, related and popular lists, the comment form's labels and warnings, the social counter, footer, both
  // menus and the hidden login modal; the breadcrumb's last item repeats the title (in neither); next/prev titles are also
  // the related/popular titles (listed once); "Local" is both the category and a menu item (once); the tags "ferry" and
  // "Pelham Point" are words of the title: left out
  title: tdTitle,
  headings: [tdH1],
  body: [tdSub, ...texts(tdBody1), ...texts(tdBody2)],
  bylines: ['Dana Whitfield', 'November 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Monday, November 10, 2025', ...tdTopMenu, 'Sign in / Join', ...tdMenu, '1482', tdCaption, 'Facebook', 'Twitter', 'Pinterest',
    'WhatsApp', '- Advertisement -', 'TAGS', ...tdTags.filter((t) => t !== 'Pelham Point' && t !== 'ferry'), 'Previous article', 'Next article', tdBio,
    'x.com/danawhitfield', 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...tdRelated, 'LEAVE A REPLY', 'Cancel reply', 'Please enter your comment!',
    'Please enter your name here', 'You have entered an incorrect email address!', 'Please enter your email address here',
    'Save my name, email, and website in this browser for the next time I comment.', 'Stay Connected', '18,340', 'Fans', 'Like', '4,912', 'Followers',
    'Follow', 'MOST POPULAR', ...tdPopular, 'ABOUT US', tdAbout, 'FOLLOW US', '© Newspaper WordPress Theme by TagDiv',
    'Sign in', ...tdModal, 'your username', 'your password', 'your email',
  ],
};

export const HELDOUT30_B: readonly TestPage[] = [tagdiv, jannahBlog];
