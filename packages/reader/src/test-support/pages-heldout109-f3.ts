import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file f3: a Quora answer page (/question/answer/author) as a logged-out visitor saves it (the
 * q-box header with "Home", "Following", "Answer", "Spaces", "Notifications", "Search Quora", "Try Quora+" and "Sign In",
 * the question h1 with "All related (n)" and "Sort", the answer header with the author, credential, "Follow" and
 * "Updated" age, the answer text in q-text paragraphs, the view count and "View upvotes", the upvote / comment / share
 * bar, a "Promoted by" ad answer with "Continue Reading", "Related questions", "More answers below", the signup wall
 * dialog and the footer line).
 */
const title = 'Why do ferries sound their horn when leaving port, even when no other ships are around?';
const answer = [
  'I was a deck officer on passenger ferries for twenty-two years, so this is one I was asked by passengers almost every week.',
  'The short answer is that the horn signals are not only for other ships. Under the collision regulations, a vessel leaving a berth ' +
    'where other traffic might be hidden from view sounds one prolonged blast as a warning. In a busy harbour there are often small ' +
    'boats, pilot launches and tugs tucked behind the quay or other ships that you simply cannot see from the bridge.',
  'Even when the harbour looks empty, the master cannot be certain it is. A kayaker behind a moored cargo ship will hear the horn ' +
    'long before they see 8,000 tonnes of ferry reversing towards them. The blast costs nothing and it is there for exactly the ' +
    'boat nobody has noticed.',
  'There is also a signal for going astern, three short blasts, which you will often hear as the ferry backs out of the berth. ' +
    'Many ports add their own local rules on top, for example requiring a long blast at particular bends in the channel.',
  'Finally, there is habit and tradition. Crews sound the horn on every departure so that it is never forgotten on the one day ' +
    'it really matters. On my last ship the master would check with the lookout that the blast had been given before we had ' +
    'moved a metre, every single sailing.',
  'In fog the rules change again. Then the ship sounds a prolonged blast at least every two minutes while under way, whether ' +
    'or not anything is on the radar, because small wooden and fibreglass boats often do not show up on it at all.',
  'So next time you are on deck and it makes you jump, remember that somebody in a small boat you cannot see is probably very glad of it.',
];
const author = 'Callum Drysdale';
const credential = 'Former Chief Officer, coastal passenger ferries (1998–2020)';
const header = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const related = [
  'What do the different ship horn signals mean?',
  'Why do large ships move so slowly in harbours?',
  'How do ferry captains dock in strong winds?',
  'What is the hardest part of working on a passenger ferry?',
  'Do ships still use flags to communicate?',
];
const promo = {
  by: 'Promoted by Harbourline Travel',
  name: 'Nadia Rees',
  cred: 'Travel Writer at Harbourline',
  t: 'What are the best ferry routes for a weekend island trip?',
  text: 'If you have two days and want to see as much as possible, the overnight crossing to the Skerran Isles is hard to beat.',
};
const wall = [
  'Sign In',
  'Continue with Google',
  'Continue with Facebook',
  'By continuing you indicate that you agree to Quora’s Terms of Service and Privacy Policy.',
  'Sign up with email',
];
const footer = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const qt = (t: string, cls = 'qu-dynamicFontSize--regular'): string =>
  `<div class="q-text qu-wordBreak--break-word ${cls}"><span class="q-box qu-userSelect--text"><span>${t}</span></span></div>`;
const html = `<!DOCTYPE html>
<html lang="en" class="modern"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${author}'s answer to ${title} - Quora</title><meta name="description" content="${answer[0]}">
<link rel="canonical" href="https://www.quora.example/Why-do-ferries-sound-their-horn-when-leaving-port/answer/Callum-Drysdale">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Quora">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":14,
"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"${author}"},"dateCreated":"2023-03-14T10:11:02Z","upvoteCount":312,
"url":"https://www.quora.example/Why-do-ferries-sound-their-horn-when-leaving-port/answer/Callum-Drysdale"}}}</script>
<link rel="stylesheet" href="https://qsf.cf2.quoracdn.example/-4-ans_frontend-relay-component-main-38-ac9a1e0a.css">
<script>window.ansFrontendGlobals = {"revision":"e7b3c1","locale":"en"};</script></head>
<body class="q-platform--desktop"><div id="root"><div class="q-box"><div class="q-sticky qu-zIndex--header" style="position: sticky; top: 0px;">
<div class="q-box qu-bg--raised qu-borderBottom qu-boxShadow--small"><div class="q-flex qu-alignItems--center qu-py--tiny">
<a class="q-box qu-cursor--pointer" href="/" aria-label="Quora"><span class="q-inline"><svg width="89" height="50"></svg></span></a>
<nav class="q-flex"><ul class="q-flex">${header
  .map(
    (h) => `<li class="q-box"><a class="q-box qu-display--block qu-cursor--pointer" href="/${h.toLowerCase()}" aria-label="${h}">
<div class="q-text qu-color--gray_light">${h}</div></a></li>`,
  )
  .join(
    '\n',
  )}</ul></nav><div class="q-box qu-flex--auto"><div class="q-box qu-borderAll qu-borderRadius--small"><input class="q-input qu-width--100" type="text"
placeholder="Search Quora"><span class="q-text qu-display--none">Search Quora</span></div></div>
<div class="q-box"><button class="q-click-wrapper qu-bg--red qu-borderRadius--small" role="button"><div class="q-text">Try Quora+</div></button></div>
<div class="q-box"><button class="q-click-wrapper" role="button"><div class="q-text">Sign In</div></button></div></div></div></div>
<div class="q-box qu-bg--gray_ultralight"><div class="q-flex qu-justifyContent--center"><div class="q-box qu-width--content" id="mainContent">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small"><div class="q-box qu-p--medium">
<h1 class="q-box qu-userSelect--text">${qt(title, 'qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim')}</h1>
<div class="q-flex qu-mt--small"><div class="q-text qu-color--gray_light">All related (14)</div><button class="q-click-wrapper" aria-label="Sort">
<div class="q-text">Sort</div></button><div class="q-text qu-color--gray_light">Recommended</div></div></div>
<div class="q-box dom_annotate_question_answer_item_0 qu-borderTop qu-pt--medium qu-px--medium"><div class="q-box spacing_log_answer_header">
<div class="q-flex qu-alignItems--center"><a class="q-box" href="/profile/Callum-Drysdale"><img class="q-image qu-borderRadius--circle"
alt="Profile photo for ${author}"></a>
<div class="q-box qu-flex--auto qu-ml--small"><div class="q-flex qu-alignItems--center"><span class="q-text qu-bold"><a class="q-box qu-color--gray_dark"
href="/profile/Callum-Drysdale">${author}</a></span><span class="q-text qu-color--gray_light"> · </span><button class="q-click-wrapper qu-color--blue_dark"
role="button"><span class="q-text">Follow</span></button></div><div class="q-flex qu-color--gray_light"><span class="q-text">${credential}</span>
<span class="q-text"> · </span><a class="q-box answer_timestamp" href="/Why-do-ferries-sound-their-horn-when-leaving-port/answer/Callum-Drysdale">
<span class="q-text">Updated 2y</span></a></div></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative"><div class="q-box qu-userSelect--text"
style="font-size: 15px; line-height: 1.6;"><div class="q-box"><div class="q-text qu-wordBreak--break-word">${answer
  .map((p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="direction: ltr;"><span>${p}</span></p>`)
  .join('\n')}</div></div></div></div></div>
<div class="q-box qu-mt--small"><div class="q-flex qu-color--gray_light"><span class="q-text">18.4K views</span><span class="q-text"> · </span>
<a class="q-box" href="#"><span class="q-text">View upvotes</span></a><span class="q-text"> · </span><span class="q-text">Answer requested by
<a href="/profile/Imogen-Ruth">Imogen Ruth</a></span></div></div>
<div class="q-flex qu-justifyContent--space-between qu-py--small"><div class="q-flex"><div class="q-flex qu-borderAll qu-borderRadius--pill">
<button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote</span><span class="q-text"> · </span><span class="q-text">312</span></button>
<button class="q-click-wrapper" aria-label="Downvote"></button></div><button class="q-click-wrapper" aria-label="Comment"><span class="q-text">9</span></button>
<button class="q-click-wrapper" aria-label="Share"><span class="q-text">14</span></button></div><button class="q-click-wrapper"
aria-label="More"></button></div></div>
<div class="q-box qu-borderTop qu-p--medium"><div class="q-text qu-bold">More answers below</div></div></div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small dom_annotate_ad_promoted_answer"><div class="q-box qu-p--medium">
<div class="q-text qu-color--gray_light qu-fontSize--small">${promo.by}</div><div class="q-flex"><span class="q-text qu-bold">${promo.name}</span>
<span class="q-text qu-color--gray_light"> · </span><span class="q-text qu-color--gray_light">${promo.cred}</span></div>${qt(promo.t, 'qu-bold')}
<div class="q-box qu-mt--tiny"><p class="q-text qu-display--block"><span>${promo.text}</span></p></div><div
class="q-text qu-color--blue_dark">Continue Reading</div>
</div></div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised"><div class="q-box qu-p--medium"><div class="q-text qu-bold">Related questions</div>
${related.map((r) => `<a class="q-box qu-display--block qu-py--small" href="/${r.length}">${qt(r)}</a>`).join('\n')}</div></div></div>
<div class="q-box qu-width--sidebar"><div class="q-text qu-color--gray_light qu-fontSize--small">${footer.join(' · ')}</div></div></div></div>
<div class="q-fixed qu-zIndex--modal" role="dialog" aria-modal="true" style="display: none;"><div
class="q-box qu-bg--raised qu-borderRadius--small qu-p--large">
<div class="q-text qu-bold">${wall[0]}</div><button class="q-click-wrapper"><div class="q-text">${wall[1]}</div></button>
<button class="q-click-wrapper"><div class="q-text">${wall[2]}</div></button><div class="q-text qu-fontSize--small">${wall[3]}</div>
<button class="q-click-wrapper"><div class="q-text">${wall[4]}</div></button></div></div></div></div>
<script src="https://qsf.cf2.quoracdn.example/-4-ans_frontend-relay-component-main-38-e01cf3b2.js" async></script></body></html>`;

export const quoraAnswer: TestPage = {
  html,
  name: 'heldout109-quora-answer-forum',
  kind: 'forum',
  // the question is the title and the one answer on the page is the body; the author's name and "Updated 2y" are
  // bylines, the credential, counts, vote bar, promoted answer, related questions, signup dialog and footer are furniture
  title,
  headings: [],
  body: texts(answer),
  bylines: [author, 'Updated 2y'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...header, 'Search Quora', 'Try Quora+', 'All related (14)', 'Sort', 'Recommended', 'Follow', credential, '18.4K views', 'View upvotes',
    'Answer requested by Imogen Ruth', 'Upvote', '312', '9', '14', 'More answers below', promo.by, promo.name, promo.cred, promo.t, promo.text,
    'Continue Reading',
    'Related questions', ...related, ...wall, ...footer,
  ],
};
