import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file c2: a story on a nonprofit local newsroom's Newspack (WordPress) site (skip link, the top bar's
 * secondary menu, the site branding and tagline, the primary menu, the header "Donate" button and search, the category
 * label, title, subtitle, avatar byline and date, the Jetpack share buttons, the featured image with caption and credit, an
 * inline Campaigns prompt with a "Most read" block of article titles in h3s, a second inline prompt "Support local
 * journalism" with the tiered donate block, tags, the author bio, the "Republish this article" button, the comment form
 * and the footer).
 */
const npTitle = 'Ashcombe library will open on Sundays again after volunteers fill the gap';
const npSub = 'The branch closed on weekends in 2020. A group of retired teachers offered to help staff it.';
// biome-ignore format: kept under 160 bytes a line
const npP1 = [
  'For the first time in five years, the Ashcombe Public Library will open its doors on Sundays, starting Nov. 23, after ' +
    'the library board voted Tuesday night to accept an offer from a group of volunteers to help staff the building.',
  'The library will be open from 1 to 5 p.m. on Sundays, with one paid librarian and at least two trained volunteers on ' +
    'duty, director Joyce Amankwah told the board. The Sunday hours will run through at least the end of the school year.',
  '“We hear it every week at the desk: when are you going to open on weekends again?” Amankwah said. “This lets us say yes, ' +
    'at least for Sundays.”',
  'The library cut its weekend hours during the pandemic and never restored them. A 2022 levy that would have paid for ' +
    'three more part-time staff failed by 212 votes, and the board has since balanced its budget by leaving positions ' +
    'empty when employees retire.',
];
const npH1 = 'Retired teachers step in';
const npP2 = [
  'The volunteers are mostly retired teachers from the Ashcombe school district. Their organizer, former middle school ' +
    'librarian Walter Sokolowski, said the group first approached the board in the spring after several members noticed ' +
    'students doing homework in the parking lot to use the library’s wifi on weekends.',
  '“A lot of us spent our careers trying to get kids into libraries,” Sokolowski said. “It didn’t sit right that the ' +
    'building was locked on the days they had time to come.”',
  'Eighteen people have signed up so far. Each volunteer must pass a background check and complete six hours of training ' +
    'on the checkout system, the library’s code of conduct and what to do in an emergency.',
  'Volunteers will not handle money or patron records, Amankwah said. They will help people find books, set up computers ' +
    'and run the children’s corner, while the paid librarian handles checkouts and questions about accounts.',
];
const npH2 = 'Union raised concerns';
const npP3 = [
  'Not everyone welcomed the plan. A representative of the union that represents the library’s eleven employees told the ' +
    'board that volunteers should not be used to replace paid positions.',
  'Board president Lorraine Fitch said the Sunday hours would be reviewed in June and that the board still hoped to bring ' +
    'a new levy to voters next year. “This is a bridge, not a replacement,” she said.',
  'The board voted 6 to 1 to approve the plan. Member Dale Ruiz voted against it, saying he wanted a written agreement with ' + 'the union first.',
  'Residents who want to volunteer can pick up an application at the front desk or call the library at 555-0142.',
];
const npSecondary = ['About', 'Newsletters', 'Events', 'Contact'];
const npNav = ['News', 'Schools', 'Government', 'Business', 'Community', 'Obituaries'];
const npShare = ['Click to share on Facebook (Opens in new window)', 'Click to share on X (Opens in new window)', 'Click to email a link to a friend'];
const npCaption = 'Volunteers Ruth Abernathy and Walter Sokolowski sort returned books at the Ashcombe Public Library.';
const npCredit = 'Imani Brooks / Ashcombe Courier';
const npMost = [
  'Ashcombe council delays vote on downtown parking meters',
  'High school marching band heads to state finals',
  'Developer drops plan for apartments on former mill site',
  'Where to find free flu shots in the county this month',
];
const npDonate = {
  title: 'Support local journalism',
  text: 'The Ashcombe Courier is a nonprofit newsroom. Our reporting is free for everyone because readers like you chip in.',
  freq: ['One-time', 'Monthly', 'Annually'],
  amounts: ['$10', '$25', '$50', 'Other'],
  button: 'Donate now',
  note: 'Your gift is tax-deductible to the full extent allowed by law.',
};
const npTags = ['Ashcombe Public Library', 'library board', 'volunteers'];
const npBio = 'Nadia Pereira covers local government and schools for the Ashcombe Courier. Reach her at nadia@ashcombecourier.example.';
const npComment = [
  'Leave a comment',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const npFooter = ['About us', 'Our team', 'Ethics policy', 'Donate', 'Privacy Policy'];
const npMostItem = (t: string, i: number): string => `<article class="post-has-image type-post entry" data-post-id="8812${i}">
<div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/11/0${i + 3}/story-${i}/" rel="bookmark">${t}</a></h3></div></article>`;
const npHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${npTitle} &#8211; Ashcombe Courier</title><meta name="description" content="${npSub}">
<meta property="og:type" content="article"><meta property="og:title" content="${npTitle}">
<meta property="article:published_time" content="2025-11-12T15:10:00+00:00">
<link rel="canonical" href="https://ashcombecourier.example/2025/11/12/ashcombe-library-sunday-hours-volunteers/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${npTitle}",
"datePublished":"2025-11-12T15:10:00+00:00","author":{"name":"Nadia Pereira"},"publisher":{"@type":"NewsMediaOrganization"
"name":"Ashcombe Courier"}}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://ashcombecourier.example/wp-content/themes/newspack-theme/style.css?ver=2.6.1" media="all">
</head><body class="post-template-default single single-post postid-88214 single-format-standard wp-custom-logo wp-embed-responsive singular
hide-site-tagline h-nsub h-db h-ll h-dh header-default-background has-sidebar cat-education single-featured-image-default">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<nav class="secondary-menu" aria-label="Secondary Menu">
<ul id="menu-secondary" class="secondary-menu">${links(npSecondary, 'menu-item menu-item-type-post_type')}</ul></nav>
</div></div><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="https://ashcombecourier.example/" class="custom-logo-link"
rel="home"><img width="400" height="88" src="https://ashcombecourier.example/wp-content/uploads/logo.png" class="custom-logo" alt="Ashcombe Courier"></a>
<p class="site-title"><a href="https://ashcombecourier.example/" rel="home">Ashcombe Courier</a></p>
<p class="site-description">Nonprofit news for Ashcombe and the Upper Tull Valley</p></div>
<div class="nav-wrapper desktop-only"><div id="site-navigation"><nav class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">
${links(npNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div></div>
<a class="button donate" href="/donate/"><span>Donate</span></a><div class="header-search-contain"><button id="search-toggle" aria-expanded="false">
<span class="screen-reader-text">Open Search</span></button></div><button class="mobile-menu-toggle"><span>Menu</span></button></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88214" class="post-88214 post type-post status-publish format-standard has-post-thumbnail hentry category-community tag-library entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>
<a href="/category/community/" rel="category tag">Community</a></span>
<h1 class="entry-title">${npTitle}</h1><div class="newspack-post-subtitle">${npSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://ashcombecourier.example/avatar-np.jpg" width="80">
</span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/nadiapereira/">Nadia Pereira</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-12T10:10:00-05:00">November 12, 2025</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><div class="sd-content"><ul>
${npShare.map((t) => `<li><a class="sd-button share-icon no-text" href="#"><span class="sharing-screen-reader-text">${t}</span></a></li>`).join('\n')}
</ul></div></div></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://ashcombecourier.example/wp-content/uploads/2025/11/library.jpg"
class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" loading="eager"><figcaption>
<span class="image-caption">${npCaption}</span>
<span class="image-credit"><span class="credit-label-wrapper">Credit: </span>${npCredit}</span></figcaption></figure>
<div class="entry-content">
${npP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" data-segments="" id="id_88301">
<div class="newspack-popup-wrapper"><div class="wp-block-group"><h2 class="wp-block-heading">Most read</h2>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha ts-3 is-style-borders show-image image-alignleft"><div data-posts="">
${npMost.map(npMostItem).join('\n')}</div></div></div></div></div>
<h2 class="wp-block-heading">${npH1}</h2>
${npP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" id="id_88302"><div class="newspack-popup-wrapper">
<h2 class="wp-block-heading">${npDonate.title}</h2><p>${npDonate.text}</p>
<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><div class="wp-block-newspack-blocks-donate__frequencies frequencies">
${npDonate.freq
  .map(
    (f, i) => `<div class="frequency"><input type="radio" name="donation_frequency" id="f${i}"><label for="f${i}"
class="tab">${f}</label></div>`,
  )
  .join('\n')}
</div><div class="tiers">${npDonate.amounts.map((a) => `<label class="tier-select-label tier-label">${a}</label>`).join('')}</div>
<button type="submit">${npDonate.button}</button><p class="wp-block-newspack-blocks-donate__thanks thanks">${npDonate.note}</p></form></div></div></div>
<h2 class="wp-block-heading">${npH2}</h2>
${npP3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>${npTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span>
</footer>
<div class="author-bio"><img alt="" src="https://ashcombecourier.example/avatar-np.jpg" width="80"><div class="author-bio-text"><div class="author-bio-header">
<h2 class="accent-header">Nadia Pereira</h2><p>${npBio}</p></div><a class="author-link" href="/author/nadiapereira/">More by Nadia Pereira</a></div></div>
<div class="republication-tracker-tool-button"><button class="republication-tracker-tool-button-link">Republish this article</button></div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${npComment[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">${npComment[1]}</p>
<p class="comment-form-comment"><label for="comment">${npComment[2]}</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">${npComment[3]}</label><input id="author" type="text"></p>
<p class="comment-form-email"><label for="email">${npComment[4]}</label><input id="email" type="email"></p>
<p class="comment-form-url"><label for="url">${npComment[5]}</label><input id="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">${npComment[6]}</label>
</p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><p class="site-title">Ashcombe Courier</p></div></div>
<div class="footer-widgets"><nav class="footer-menu" aria-label="Footer Menu"><ul>${links(npFooter, 'menu-item')}</ul></nav></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2025 Ashcombe Courier.</span>
<a href="https://newspack.com/" class="imprint">Proudly powered by Newspack by Automattic</a></div></div></footer></div>
<script src="https://ashcombecourier.example/wp-content/plugins/newspack-popups/dist/view.js?ver=3.1.0" id="newspack-popups-view-js"></script>
</body></html>`;
export const newspackLocal: TestPage = {
  html: npHtml,
  name: 'heldout88-newspack-local-news',
  kind: 'news',
  // the subtitle is body; the inline "Most read" and donation prompts sit inside the entry content but are furniture (their
  // h2s too); the comment form, bio, tags, republish button, caption and credit are furniture
  title: npTitle,
  headings: [npH1, npH2],
  body: [npSub, ...texts(npP1), ...npP2, ...npP3],
  bylines: ['Nadia Pereira', 'November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...npSecondary, 'Nonprofit news for Ashcombe and the Upper Tull Valley', ...npNav, 'Ashcombe Courier', 'Open Search', 'Menu',
    'Posted in',
    ...npShare, npCaption, 'Credit:', npCredit, 'Most read', ...npMost, npDonate.title, npDonate.text, ...npDonate.freq, ...npDonate.amounts,
    npDonate.button, npDonate.note, 'Tagged:', ...npTags, npBio, 'More by Nadia Pereira', 'Republish this article', ...npComment, 'Cancel reply',
    ...npFooter, '© 2025 Ashcombe Courier.', 'Proudly powered by Newspack by Automattic',
  ],
};
