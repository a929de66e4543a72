import { ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout176-disc.js';

/**
 * Held-out batch 176, file f2: a Figma Forum (Discourse) topic in "Ask the Community" marked solved (the Figma top bar
 * with its product links, the d-header with "Sign Up" and "Log In", the sidebar, the solved box quoting the answer, replies
 * with "Figma Staff" flair, a numbered list in the answer, the topic map, timeline, related topics and the Figma footer).
 */
const fgTitle = 'Variable modes not switching inside nested instances';
const fgP1 = [
  'I have a card component that uses a colour collection with Light and Dark modes. When I set the frame around it to Dark, ' +
    'the card switches correctly. But when the card is nested inside another component, a list component, the nested card ' +
    'stays in Light mode no matter what I set on the parent frame.',
  'Detaching the list makes it work, so it seems to be something about the instance. Is this a bug or am I missing a setting?',
];
const fgR1 = [
  'Check whether the list component itself has a mode set explicitly. If the main component of the list was built inside a ' +
    'frame set to Light, the instance keeps that mode and it overrides the frame outside.',
  'I ran into the same thing last month. It is easy to miss because the mode is shown on the frame you built the component ' +
    'in, not on the component itself, so the layer panel does not make it obvious which one is pinned.',
];
const fgR2 = ['Hi there, the reply above is on the right track. Here is how to check and fix it:'];
const fgL = [
  'Select the main component of the list, not the instance.',
  'In the right sidebar, find the Layer section and look for the mode set for your colour collection.',
  'Change it from Light to Auto, so the component inherits the mode from wherever it is placed.',
  'Publish the library update and accept it in the file that uses the list.',
];
const fgR2b = [
  'After that, the nested cards should follow the mode of the outer frame.',
  'If you have many components built this way, you can select them all on the library page and change the mode in one go. ' +
    'Do not forget to check any variants too, because each variant can keep its own mode setting.',
];
const fgR3 = ['That was it, the main component was pinned to Light. Switched it to Auto, published, and the cards follow the frame now. ' + 'Thank you both!'];
const fgTop = ['Figma', 'Help Center', 'Community', 'Learn', 'Status'];
const fgFoot = ['Terms of Service', 'Privacy Policy', 'Community Guidelines', 'Contact Support'];
const fgCopy = '© 2025 Figma, Inc.';
const fg = discourse({
  host: 'forum.figma.com',
  site: 'Figma Forum',
  topicId: 61287,
  slug: 'variable-modes-not-switching-inside-nested-instances',
  title: fgTitle,
  desc: fgP1[0] ?? '',
  cat: 'Ask the Community',
  tags: ['variables', 'components'],
  buttons: ['Sign Up', 'Log In'],
  sidebar: [
    { title: 'Categories', items: ['Ask the Community', 'Share an Idea', 'Report a Problem', 'Figma Community Events', 'All categories'] },
    { title: 'Tags', items: ['variables', 'components', 'dev-mode', 'All tags'] },
  ],
  bodyClass: 'figma-theme',
  solved: { by: 'Pilar_Figma', post: 3, excerpt: 'Hi there, the reply above is on the right track…' },
  stats: [
    ['842', 'views'],
    ['11', 'likes'],
    ['3', 'users'],
  ],
  timeline: ['Oct 2025', '1 / 4', 'Oct 29'],
  posts: [
    { user: 'Ines_Caldwell', date: 'Oct 28', full: 'Oct 28, 2025 3:16 pm', likes: '2', cooked: ps(fgP1) },
    { user: 'Hamid_Sohrabi', date: 'Oct 28', full: 'Oct 28, 2025 4:02 pm', likes: '3', cooked: ps(fgR1) },
    {
      user: 'Pilar_Figma',
      title: 'Figma Staff',
      date: 'Oct 29',
      full: 'Oct 29, 2025 9:45 am',
      likes: '5',
      solution: true,
      cls: 'group-figma-staff',
      cooked: `${ps(fgR2)}\n<ol>${fgL.map((t) => `<li>${t}</li>`).join('\n')}</ol>\n${ps(fgR2b)}`,
    },
    { user: 'Ines_Caldwell', date: 'Oct 29', full: 'Oct 29, 2025 11:20 am', likes: '1', replyTo: 'Pilar_Figma', cooked: ps(fgR3) },
  ],
  related: [
    { title: 'Nested instance ignores variable mode override', cat: 'Report a Problem', tags: ['variables'], replies: '7', views: '1.3k', act: 'Sep 12' },
    { title: 'Best way to structure light and dark themes', cat: 'Ask the Community', replies: '15', views: '4.4k', act: 'Oct 3' },
    { title: 'Allow modes per component property', cat: 'Share an Idea', tags: ['components'], replies: '22', views: '2.2k', act: 'Oct 25' },
  ],
  top: `<div class="figma-top-bar"><ul>${fgTop.map((t) => `<li><a href="https://www.figma.com/${t.length}">${t}</a></li>`).join('')}</ul></div>`,
  bottom: `<footer class="figma-footer"><ul>${fgFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul><p>${fgCopy}</p></footer>`,
});
export const figmaPage: TestPage = {
  name: 'heldout176-figma-discourse-forum',
  kind: 'forum',
  html: fg.html,
  // the solved box's excerpt is a quote (neither list); "Figma Staff" flair, likes and the solved labels are furniture
  title: fgTitle,
  headings: [],
  body: texts([...fgP1, ...fgR1, ...fgR2, ...fgL, ...fgR2b, ...fgR3]),
  bylines: fg.bylines,
  furniture: [...fg.furniture, ...fgTop, ...fgFoot, fgCopy],
};
