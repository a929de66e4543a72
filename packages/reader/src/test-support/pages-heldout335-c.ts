import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file c: a sex-education charity's information page on the NHS.UK frontend (cookie banner, header
 * with search, breadcrumb, contents list, inset text, a table, a "non-urgent advice" care card, page review dates, the
 * feedback banner and footer) and a wedding-planning forum thread on Invision Community (posts are the body).
 */
const nTitle = 'Consent: what it means and how to talk about it';
const nLede = 'Consent means agreeing to take part in sexual activity. It has to be given freely, every time, and it can be taken back at any point.';
const nH = ['What consent looks like', 'When someone cannot consent', 'Talking about it with a partner', 'Getting help'];
const nP1 = ['Consent is an ongoing conversation rather than a single yes. It should be:'];
const nL1 = [
  'freely given, without pressure, guilt or threats',
  'enthusiastic, so that both people clearly want to go ahead',
  'specific, because agreeing to one thing does not mean agreeing to everything',
  'reversible, so anyone can change their mind, even partway through',
];
const nInset = 'Silence, not saying no, or having said yes before is not the same as giving consent.';
const nP2 = [
  j(
    'The law says some people cannot give consent. This includes anyone under 16, anyone who is asleep or unconscious, and anyone who',
    'is too drunk or high to understand what is happening.',
  ),
  j(
    'Someone also cannot consent if they are being pressured, threatened or manipulated, or if the other person holds power over',
    'them, such as a teacher, a carer or someone much older who controls where they live or how much money they have.',
  ),
];
const nRows = [
  ['Under 16', 'Cannot legally consent to sexual activity'],
  ['Asleep or unconscious', 'Cannot consent'],
  ['Very drunk or high', 'May not be able to consent'],
];
const nP3 = [
  j(
    'Checking in does not have to be awkward. Simple questions like "Is this OK?" or "Do you want to keep going?" show that you care',
    'about how the other person feels. Pay attention to body language too: if someone goes quiet, pulls away or seems unsure, stop and ask.',
  ),
  'If you are not sure whether someone wants to, the answer is to wait and talk.',
];
const nCare = ['you are worried that something happened without your consent', 'you want to talk to someone about a relationship that feels controlling'];
const nP4 = [
  j(
    'Our advisers can talk to you in confidence if you are under 25. You can also get free, confidential help from a sexual health',
    'clinic or a sexual assault referral centre, even if it happened a long time ago.',
  ),
];
const nNav = ['Sex and relationships', 'Contraception', 'STIs', 'Pregnancy', 'Find a service'];
const nFoot = ['About us', 'Contact us', 'Accessibility statement', 'Our policies', 'Cookies', 'Safeguarding'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} - Willowmere Sexual Health</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${nLede}">
<link href="/static/css/nhsuk-9.1.0.min.css" rel="stylesheet"><script src="/static/js/nhsuk-9.1.0.min.js" defer></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${nTitle}","lastReviewed":"2025-11-03",
"publisher":{"@type":"Organization","name":"Willowmere Sexual Health"}}</script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on the Willowmere website</h2><p>We've put some small files called cookies on your device to make our site work.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="Willowmere homepage"><span class="nhsuk-organisation-name">Willowmere</span>
<span class="nhsuk-organisation-descriptor">Sexual health for young people</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="/search"><label class="nhsuk-u-visually-hidden"
for="search-field">Search the
Willowmere website</label><input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
<button class="nhsuk-search__submit" type="submit">Search</button></form></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation"
aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
${links(nNav, 'nhsuk-header__navigation-item')}</ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/sex-and-relationships">Sex and relationships</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/sex-and-relationships">Back to Sex and relationships</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent"
role="main"><div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
<h1>${nTitle}</h1><p class="nhsuk-lede-text">${nLede}</p>
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">Contents</h2>
<ol class="nhsuk-contents-list__list">${nH
  .map(
    (h, i) => `<li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link"
href="#s${i}">${h}</a></li>`,
  )
  .join('')}
</ol></nav>
<section><h2 id="s0">${nH[0]}</h2>${ps(nP1)}<ul>${nL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${nInset}</p></div></section>
<section><h2 id="s1">${nH[1]}</h2>${ps(nP2)}<table class="nhsuk-table"><caption class="nhsuk-table__caption">Who cannot give consent</caption>
<thead class="nhsuk-table__head"><tr class="nhsuk-table__row"><th class="nhsuk-table__header" scope="col">Situation</th>
<th class="nhsuk-table__header" scope="col">What the law says</th></tr></thead><tbody class="nhsuk-table__body">
${nRows
  .map(
    (r) =>
      `<tr class="nhsuk-table__row">${r
        .map(
          (c) => `<td
class="nhsuk-table__cell">${c}</td>`,
        )
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table></section>
<section><h2 id="s2">${nH[2]}</h2>${ps(nP3)}</section>
<section><h2 id="s3">${nH[3]}</h2><div class="nhsuk-card nhsuk-card--care nhsuk-card--care--non-urgent"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Non-urgent advice: </span>Speak to an adviser if:</span></h3>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><ul>${nCare.map((t) => `<li>${t}</li>`).join('')}</ul>
</div></div>${ps(nP4)}</section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 3 November 2025<br>Next review due: 3 November 2027</p></div>
</div><div class="nhsuk-grid-column-one-third"><aside class="nhsuk-related-nav"
role="complementary"><h2 class="nhsuk-related-nav__heading">Related information</h2>
<ul class="nhsuk-related-nav__list">${links(
  ['Healthy relationships', 'Pressure and sexting', 'Emergency contraception'],
  'nhsuk-related-nav__item',
)}</ul></aside>
</div></div></main></div>
<div class="nhsuk-width-container"><div class="feedback-banner"><p>Help us improve this website</p><a href="/feedback">Take our short survey</a></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Willowmere Trust. Registered charity number 1190442.</p></div></div></div></footer></body></html>`;
const nhsStyle: TestPage = {
  name: 'heldout335-nhsuk-frontend-charity-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nLede, ...nP1, ...nL1, nInset, ...nP2, 'Who cannot give consent', ...nRows.flat(), ...nP3, ...nCare, ...nP4]),
  bylines: ['Page last reviewed: 3 November 2025', 'Next review due: 3 November 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the Willowmere website', "We've put some small files called cookies on your device to make our site work.",
    "I'm OK with analytics cookies", 'Do not use analytics cookies', 'Skip to main content', 'Willowmere', 'Sexual health for young people', 'Search',
    ...nNav, 'Home', 'Back to Sex and relationships', 'Contents', 'Information:', 'Situation', 'What the law says', 'Non-urgent advice:',
    'Speak to an adviser if:', 'Related information', 'Healthy relationships', 'Pressure and sexting', 'Emergency contraception',
    'Help us improve this website', 'Take our short survey', 'Support links', ...nFoot, '© Willowmere Trust. Registered charity number 1190442.',
  ],
};

const iTitle = 'Seating plan nightmare: divorced parents who will not sit at the same table';
const iPosts = [
  [
    j(
      'We are getting married in September and I have redone the seating plan five times. My mum and dad divorced when I was twelve and',
      'it was not friendly. They can be in the same room but they definitely cannot share a table, and both expect to be on the top table.',
    ),
    'Has anyone dealt with this? Do we ditch the top table altogether? Ninety guests, barn venue, round tables of ten.',
    j(
      'To make it harder, my stepdad and my dad have never met, and my nan has already told me she will sit wherever she likes.',
      'I want everyone to enjoy the day, including us, without anyone spending the meal glaring across the room.',
    ),
  ],
  [
    j(
      'We had the same problem and did a sweetheart table for just the two of us. Each parent then hosted their own table near the front',
      'with their partner and friends. Nobody felt demoted because nobody was up there with us.',
    ),
  ],
  [
    j(
      'Another option is a long top table with you two in the middle and each parent on opposite ends, with the best man and maid of',
      'honour as buffers. We did that and it worked because there was never a moment they had to talk directly.',
    ),
    'Whatever you choose, tell them both before the day so nobody finds out from the table plan.',
  ],
  [
    j(
      'We did the sweetheart table too, and one tip: put each parent’s table the same distance from you, and have the photographer',
      'take a separate group photo with each side early in the day. My mum still has hers framed in the hall.',
    ),
  ],
  [
    j(
      'Thank you both. I think we are going with the sweetheart table. My fiancé is relieved, he was dreading the top table anyway!',
      'Will report back after the big day.',
    ),
  ],
];
const iUsers = ['HaylofteBride26', 'Mrs_Penhallow', 'OrchardGirl', 'Lottie_Vane', 'HaylofteBride26'];
const iDates = ['March 2', 'March 2', 'March 3', 'March 3', 'March 3'];
const iStats = [
  ['412 posts', 'Wedding date: 12 Sept 2026'],
  ['2,187 posts', 'Married 2024'],
  ['96 posts', 'Married 2025'],
  ['58 posts', 'Wedding date: 5 June 2027'],
  ['412 posts', 'Wedding date: 12 Sept 2026'],
];
const iPost = (i: number): string => `<article id="elComment_88${i}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"></div><aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/${i}"
class="ipsType_break">${iUsers[i]}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="group">Members</li><li data-role="stats" class="ipsType_light">${iStats[i]?.[0] ?? ''}</li>
<li data-role="custom-field" class="ipsResponsive_hidePhone ipsType_break">${iStats[i]?.[1] ?? ''}</li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-88${i}_wrap" data-controller="core.front.core.comment"
class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset">
<a href="?do=findComment&amp;comment=88${i}" class="ipsType_blendLinks">#${i + 1}</a></div><div class="ipsType_reset ipsResponsive_hidePhone">
Posted <time datetime="2026-03-0${i < 2 ? 2 : 3}T10:00:00Z" data-short="1 mo">${iDates[i]}</time></div></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained"
data-controller="core.front.core.lightboxedImages">
${ps(iPosts[i] ?? [])}</div><div class="ipsItemControls"><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">
<li data-ipsquote-editor="topic_comment" class="ipsHide"><a href="#" data-action="multiQuoteComment"
class="ipsButton ipsButton_light ipsButton_verySmall">Quote</a></li>
</ul><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb"
data-role="reactionBlurb"><span class="ipsReact_reactCount">${i + 3} likes</span></div></div>
</div></div></div></div></article>`;
const iNav = ['Browse', 'Activity', 'Supplier directory', 'Real weddings', 'Leaderboard'];
const iHtml = `<!DOCTYPE html><html lang="en-GB"
dir="ltr"><head><meta charset="utf-8"><title>${iTitle} - Ceremony &amp; Reception - The Veil &amp; Vow Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="The Veil &amp; Vow Forum">
<meta property="og:type" content="website"><meta name="description"
content="We are getting married in September and I have redone the seating plan five times.">
<link rel="stylesheet" href="https://forum.veilandvow.example/uploads/css_built_1/framework.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${iTitle}",
"datePublished":"2026-03-02T10:00:00Z",
"author":{"@type":"Person","name":"HaylofteBride26"},
"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/CommentAction","userInteractionCount":4}]}</script>
<script>var ipsDebug = false; var ipsSettings = {"baseURL":"\\/\\/forum.veilandvow.example\\/","disableNotificationSounds":false};</script></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagemodule="forums"
data-pagecontroller="topic">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center">
<a href="/" id="elLogo" accesskey="1"><img src="/uploads/logo.png" alt="The Veil &amp; Vow Forum"></a><ul id="elUserNav"
class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
<li><a href="/login/" id="elUserSignIn">Existing user? Sign In</a></li><li><a href="/register/"
class="ipsButton ipsButton_primary">Sign Up</a></li></ul></div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container">
<ul data-role="primaryNavBar" class="ipsClearfix">${links(iNav, 'ipsNavBar_active')}</ul></div></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="/">Home</a></li><li><a
href="/forum/3-planning/">Planning</a></li>
<li><a href="/forum/7-ceremony-reception/">Ceremony &amp; Reception</a></li></ul></nav>
<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container">
<span class="ipsType_break ipsContained"><span>${iTitle}</span></span></h1></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsPhotoPanel ipsPhotoPanel_mini">
<div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a href="/profile/0">HaylofteBride26</a></span>,
<span class="ipsType_light"><time datetime="2026-03-02T10:00:00Z">March 2</time>
in <a href="/forum/7-ceremony-reception/">Ceremony &amp; Reception</a></span></p>
</div></div><ul class="ipsTags ipsList_inline"><li><a href="/tags/seating/" class="ipsTag" rel="tag"><span>seating-plans</span></a></li>
<li><a href="/tags/family/" class="ipsTag" rel="tag"><span>family</span></a></li></ul></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both"><li class="ipsToolList_primaryAction">
<a href="#replyForm" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li>
<li class="ipsResponsive_hidePhone"><a href="#" class="ipsButton ipsButton_link ipsButton_medium">Start new topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-feedid="topic-4127">
<div data-role="commentFeed">${[0, 1, 2, 3, 4].map(iPost).join('\n')}</div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div id="replyForm" class="ipsAreaBackground ipsPad ipsType_center">
<h2 class="ipsType_sectionHead">Create an account or sign in to comment</h2><p class="ipsType_light">You need to be a member in order to leave a comment</p>
<a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Register a new account</a></div></div>
<div class="ipsWidget ipsWidget_vertical"><h3 class="ipsWidget_title ipsType_reset">Similar topics</h3><ul class="ipsDataList">${links(
  ['Top table or no top table?', 'Stepmum wants to do a reading', 'How do you seat the exes?'],
  'ipsDataItem',
)}</ul></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul id="elFooterLinks" class="ipsList_inline ipsPos_right">${links([
  'Theme',
  'Privacy Policy',
  'Contact Us',
  'Forum guidelines',
])}</ul><p id="elCopyright"><span id="elCopyright_userLine">© The Veil &amp; Vow 2026</span> <a rel="nofollow" title="Invision Community"
href="https://www.invisioncommunity.example/">Powered by Invision Community</a></p></div></footer>
<script type="text/javascript">var ipsJavascriptMap =
{"core":{"front_core":"https://forum.veilandvow.example/uploads/javascript_core/front_core.js"}};</script></body></html>`;
const invision: TestPage = {
  name: 'heldout335-invision-wedding-forum',
  kind: 'forum',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iPosts.flat()),
  bylines: ['HaylofteBride26', 'Mrs_Penhallow', 'OrchardGirl', 'Lottie_Vane', 'March 2', 'March 3', 'By HaylofteBride26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Existing user? Sign In', 'Sign Up', ...iNav, 'Home', 'Planning', 'Ceremony & Reception', 'seating-plans', 'family',
    'Reply to this topic', 'Start new topic', 'Members', '412 posts', 'Wedding date: 12 Sept 2026', '2,187 posts', 'Married 2024', '96 posts',
    'Married 2025', 'Posted', 'Quote', '3 likes', '4 likes', '5 likes', '6 likes', '7 likes', '58 posts', 'Wedding date: 5 June 2027',
    'Create an account or sign in to comment',
    'You need to be a member in order to leave a comment', 'Register a new account', 'Similar topics', 'Top table or no top table?',
    'Stepmum wants to do a reading', 'How do you seat the exes?', 'Theme', 'Privacy Policy', 'Contact Us', 'Forum guidelines', '© The Veil & Vow 2026',
    'Powered by Invision Community',
  ],
};

export const HELDOUT335_C: readonly TestPage[] = [nhsStyle, invision];
