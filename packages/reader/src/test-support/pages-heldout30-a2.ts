import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 30, file a2: a watershed council's article on Drupal 10 with the Olivero theme (skip link, the fixable
 * site header with its sticky toggle, the narrow search block, the primary nav with its visually hidden heading, the
 * breadcrumb region, the page-title block outside the node, the node meta with profile and "By" line, the image field, the
 * body field, the tags field, "Add new comment" links, the comment thread and form with its text-format help, the social
 * bar with the RSS block and the footer with "Powered by Drupal").
 */
const drTitle = 'What the autumn stream survey found in Tanner’s Brook';
const drBody1 = [
  'Twenty-two volunteers spent the second weekend of October wading through Tanner’s Brook with kick nets, clipboards and a ' +
    'borrowed conductivity meter. It was the council’s ninth autumn survey, and the first since the culvert under Station ' +
    'Road was replaced in the spring.',
  'The headline result is encouraging. At the four sites below the new culvert we counted mayfly and caddisfly larvae in ' +
    'numbers we have not seen since 2019, and the stonefly nymphs that had vanished from the Station Road site were back in ' +
    'two of our three samples.',
];
const drH1 = 'Where things got worse';
const drBody2 = [
  'Not every site improved. At the Kiln Lane footbridge, conductivity readings were roughly double the brook’s usual level, ' +
    'and the riverbed was coated in a grey film that several volunteers described as slippery and faintly sour-smelling. We ' +
    'have passed the readings and photographs to the county’s environmental health team.',
  'Our best guess is runoff from the new industrial units upstream, but one weekend of readings cannot prove that. We will ' +
    'return to the site every month through the winter to see whether the pattern holds after heavy rain.',
];
const drH2 = 'How you can help';
const drBody3 = [
  'The spring survey is planned for the last weekend of April. No experience is needed: we provide waders, nets and a short ' +
    'training session on the Saturday morning, and the sorting trays are always the most popular job for younger volunteers.',
];
const drList = [
  'Sign up through the volunteer form before 31 March.',
  'Tell us if you see discoloured water or dead fish, with a photo and the time you saw it.',
  'Join the monthly Kiln Lane checks if you live within walking distance.',
];
const drBody4 = ['Thanks to everyone who came out in October, and to the Millbrook Angling Club for lending us their meter for a third year running.'];
const drNav = ['Home', 'About us', 'Projects', 'News', 'Get involved', 'Contact'];
const drC1 = 'Good to hear the mayfly are back. I walk the dog along Kiln Lane most mornings and the water has looked milky after rain since about August.';
const drC2 = 'Thanks Harold, that is really useful. If you can note the date and time next time it happens, please send it to the survey inbox.';
const drFormat = [
  'Allowed HTML tags: <a href hreflang> <em> <strong> <cite> <blockquote cite> <code> <ul type> <ol start type> <li> <dl> <dt> <dd>',
  'Lines and paragraphs break automatically.',
  'Web page addresses and email addresses turn into links automatically.',
];
const esc = (s: string): string => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const comment = (id: number, who: string, verified: boolean, when: string, text: string, cls: string): string => `
<article data-comment-user-id="${verified ? 3 : 0}" id="comment-${id}" class="comment js-comment ${cls}" role="article" data-drupal-selector="comment-${id}">
  <span class="hidden" data-comment-timestamp="1763199720"></span>
  <div class="comment__picture-wrapper"><div class="comment__picture"><article class="profile"></article></div></div>
  <div class="comment__text-wrapper">
    <footer class="comment__meta">
      <p class="comment__author"><span>${
        verified ? `<a title="View user profile." href="/user/3" class="username">${who}</a>` : `${who} (not verified)`
      }</span></p>
      <p class="comment__time">${when}</p> </footer>
    <div class="comment__content">
      <div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>${text}</p></div>
    </div>
    <div class="comment__links"><ul class="links inline comment__links"><li class="comment-reply"><a
href="/comment/reply/node/418/comment_node_article/${id}">Reply</a></li></ul></div> </div> </article>`;
const drHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:196;--color--primary-saturation:62%;--color--primary-lightness:34"> <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="https://millbrookwatershed.org.example/news/what-autumn-stream-survey-found-tanners-brook" />
<link rel="shortlink" href="https://millbrookwatershed.org.example/node/418" />
    <title>What the autumn stream survey found in Tanner’s Brook | Millbrook Watershed Council</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xn3cK1vH2pQ.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxtjUEO" />
    <noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t4x1kq" /> </noscript> </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
        <div class="site-header__initial">
          <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
            aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button>
        </div>
        <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
          <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
    <div class="site-branding__inner">
      <div class="site-branding__text">
        <div class="site-branding__name">
          <a href="/" title="Home" rel="home">Millbrook Watershed Council</a> </div> </div> </div> </div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
            <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
              <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav"
aria-expanded="false">
                <span class="mobile-nav-button__label">Menu</span>
                <span class="mobile-nav-button__icon"></span> </button> </div>
            <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
      <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Search</label>
        <input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
          id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search" /> </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
  class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit"
value="Search">
    <span class="icon--search"></span>
    <span class="visually-hidden">Search</span> </button> </div> </form> </div> </div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
        <ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"> ${drNav
          .map(
            (t) => `        <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
          <a href="/${t.toLowerCase().replace(' ', '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
            data-drupal-link-system-path="node/${t.length}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a>
        </li>`,
          )
          .join('\n')} </ul> </nav> </div> </div> </div> </div> </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div> </div>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <div class="content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
                  <li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li> </ol> </div> </nav> </div> </div> </div>
          <div class="main-content__container container">
            <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${drTitle}</span> </h1> </div> </div>
            <section class="section">
              <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
      <div class="block__content">
<article data-history-node-id="418" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">
      <div class="node__meta">
        <article class="profile">
  <div class="field field--name-user-picture field--type-image field--label-hidden field__item">
    <a href="/user/3"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2024-02/priya.jpg?itok=Q2v8bLx1" width="100" height="100"
      alt="Profile picture for user Priya Okonkwo" class="image-style-thumbnail" /></a> </div> </article> <div> <span>
            By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/3"
              class="username">Priya Okonkwo</a></span>,
             <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2025-11-14T16:20:00+00:00"
               title="Friday, November 14, 2025 - 16:20" class="datetime">14 November 2025</time> </span> </span> </div> </div> </header>
  <div class="node__content">
            <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy"
              src="/sites/default/files/styles/wide/public/2025-11/kick-sampling.jpg?itok=m1KcR0sE" width="1100" height="733"
              alt="Two volunteers in waders holding a kick net in a shallow brook" class="image-style-wide" /> </div>
            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${drBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${drH1}</h2>
${drBody2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${drH2}</h2>
${drBody3.map((p) => `<p>${p}</p>`).join('\n')} <ul>
${drList.map((t) => `  <li>${t}</li>`).join('\n')} </ul>
${drBody4.map((p) => `<p>${p}</p>`).join('\n')} </div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Tags</h3>
    <ul class="links field__items field--tags__items">
          <li class="field--tags__item"><a href="/taxonomy/term/12" hreflang="en">Water quality</a></li>
          <li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Volunteering</a></li> </ul> </div>
  <div class="node__links">
    <ul class="links inline"><li class="comment-add"><a href="/news/what-autumn-stream-survey-found-tanners-brook#comment-form"
      title="Share your thoughts and opinions." hreflang="en">Add new comment</a></li></ul>  </div>
<section data-drupal-selector="comments" class="comments">
        <h2 class="comments__title">Comments</h2>
        <span class="comments__count">2</span>
${comment(57, 'Harold Beck', false, 'Sat, 11/15/2025 - 09:42', drC1, 'comment--level-1 by-anonymous')}
<div class="indented">${comment(58, 'Priya Okonkwo', true, 'Sat, 11/15/2025 - 12:05', drC2, 'comment--level-2 by-node-author')}</div>
      <h2 class="add-comment__heading">Add new comment</h2>
<form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/418/comment_node_article"
method="post"
  id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name" class="form-item__label">Your name</label>
        <input data-drupal-default-value="Anonymous" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60"
          class="form-text form-element form-element--type-text form-element--api-textfield" /> </div>
<div class="field--type-text-long field--name-comment-body field--widget-text-textarea js-form-wrapper form-wrapper"
data-drupal-selector="edit-comment-body-wrapper">
  <div class="js-text-format-wrapper text-format-wrapper js-form-item form-item">
  <div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value js-form-item-comment-body-0-value">
      <label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
        <div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required form-element form-element--type-textarea"
          data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60"
required></textarea></div> </div>
      <div class="js-filter-wrapper filter-wrapper form-wrapper" data-drupal-selector="edit-comment-body-0-format" id="edit-comment-body-0-format">
  <div class="filter-help form-item"><a href="/filter/tips" target="_blank" class="link">About text formats</a></div>
  <div class="js-filter-guidelines filter-guidelines" data-drupal-selector="edit-comment-body-0-format-guidelines" id="edit-comment-body-0-format-guidelines">
    <div data-drupal-format-id="restricted_html" class="filter-guidelines-item filter-guidelines-restricted_html">
  <h4 class="label">Restricted HTML</h4>
  <ul class="filter-tips">
${drFormat.map((t) => `    <li>${esc(t)}</li>`).join('\n')} </ul> </div>
  </div>
</div>
  </div>
  </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit"
  type="submit" id="edit-submit--2" name="op" value="Save" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Preview" class="button js-form-submit form-submit" /></div>
</form>
</section>
  </div>
</article>
    </div>
  </div>
  </div>
            </section>
          </div>
        </div>
        <div class="social-bar">
          <div class="social-bar__inner fixable">
            <div class="rotate">
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
      <div class="block__content">
<a href="/rss.xml" class="feed-icon">
  RSS feed
  <span class="feed-icon__icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" height="14" width="14" viewBox="0 0 14 14"><path d="M1 1v2c5.5 0 10
4.5 10 10h2C13 6.4 7.6 1 1 1z"/></svg></span>
</a>
    </div>
  </div>
            </div>
          </div>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content block-block-content-7c1d2e">
      <div class="block__content">
      <div class="text-content field field--name-body field--type-text-with-summary field--label-hidden field__item">
        <p>Millbrook Watershed Council, The Old School, Mill Lane, Millbrook. Registered charity 1150247.</p></div>
    </div>
  </div>
    </div>
  </div>
        <div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
  <span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div>
  </div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/418",
"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,
"user":{"uid":0,"permissionsHash":"9b1f0c4e2a"}}</script>
<script src="/sites/default/files/js/js_pQ9x1Lm2.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdjEEK"></script>
  </body>
</html>`;
export const drupalOlivero: TestPage = {
  html: drHtml,
  name: 'heldout30-drupal-olivero-article',
  kind: 'blog',
  // the body field's paragraphs, its h2 and its list are the article; "Priya Okonkwo" and the created date are the bylines
  // ("By" in neither; her name is also the comment author and the profile picture's alt); the two comments (from a reader and
  // the author's reply) are not the article: furniture, with their author lines and times; the tags field, "Add new
  // comment", the comment form with its labels and text-format tips, the RSS block, the header, nav with its hidden heading,
  // breadcrumb, skip link and footer are furniture
  title: drTitle,
  headings: [drH1, drH2],
  body: [...texts(drBody1), ...texts(drBody2), ...texts(drBody3), ...drList, ...texts(drBody4)],
  bylines: ['Priya Okonkwo', '14 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Millbrook Watershed Council', 'Menu', 'Search', 'Main navigation', ...drNav, 'Breadcrumb', 'Tags', 'Water quality',
    'Volunteering', 'Add new comment', 'Comments', 'Harold Beck (not verified)', 'Sat, 11/15/2025 - 09:42', drC1, 'Reply', 'Sat, 11/15/2025 - 12:05',
    drC2, 'Your name', 'Comment', 'About text formats', 'Restricted HTML', ...drFormat, 'RSS feed',
    'Millbrook Watershed Council, The Old School, Mill Lane, Millbrook. Registered charity 1150247.', 'Powered by Drupal',
  ],
};
