import { ps, type TestPage, texts } from './page-kit.js';
import {
  valnetAccount,
  valnetActions,
  valnetAd,
  valnetConsent,
  valnetCopy,
  valnetFoot,
  valnetFoot2,
  valnetPage,
  valnetShare,
  valnetThread,
} from './pages-heldout193-b3.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file b2: a MakeUseOf list article on the Valnet template of file b3 (numbered h2 items with
 * screenshots and "Screenshot by" captions, ad zones between items, an inline "Related" card, the newsletter sign-up box
 * inside the body, a summary table, tags, the empty thread, rails, footer and consent dialog).
 */
const muTitle = '7 VS Code Keyboard Shortcuts That Save Me Hours Every Week';
const muExcerpt = 'I stopped reaching for the mouse, and my editing got noticeably faster.';
const muIntro = [
  'I spend most of my working day in Visual Studio Code, and for years I used it the way most people do: click a file, scroll, select ' +
    'some text with the mouse, right-click, pick an option from a menu. It works, but every trip to the mouse costs a second or two.',
  'Last spring I forced myself to learn one shortcut a week. These are the seven that stuck, because they replace things I do dozens of times a day.',
];
const muItems: [string, string[]][] = [
  [
    '1. Select the Next Match With Ctrl+D',
    [
      'Put the cursor on a word and press Ctrl+D (Cmd+D on a Mac). VS Code selects it. Press it again and it adds the next occurrence ' +
        'as a second cursor. Keep going until you have every instance you want, then type to change them all at once.',
      'It’s safer than find and replace for renaming a variable in a short function, because you can see each match before you add it, ' +
        'and Ctrl+K Ctrl+D skips one you don’t want.',
    ],
  ],
  [
    '2. Jump to Any File With Ctrl+P',
    [
      'Quick Open takes a few letters of a file name and finds it anywhere in the workspace. I rarely open the Explorer sidebar any more. ' +
        'Typing “usrctl” is enough to find user_controller.py in a project with hundreds of files.',
    ],
  ],
  [
    '3. Run Any Command With Ctrl+Shift+P',
    [
      'The Command Palette lists every command VS Code and your extensions offer, including the ones with no menu entry. If you forget a ' +
        'shortcut, search for the command here and the palette shows its key binding next to the name.',
    ],
  ],
  [
    '4. Move Lines With Alt+Up and Alt+Down',
    [
      'Holding Alt and pressing an arrow key moves the current line, or the selected block, up or down. Add Shift and it copies the line ' +
        'instead. Reordering a list of imports or CSS rules used to take a cut and a paste; now it takes one keystroke per line.',
    ],
  ],
  [
    '5. Go to a Symbol With Ctrl+Shift+O',
    [
      'In a long file, this opens a list of every function, class and heading in it. Type part of a name to jump straight there. Typing ' +
        'a colon after the @ groups the symbols by kind, which is handy in large configuration files.',
    ],
  ],
  [
    '6. Toggle the Terminal With Ctrl+`',
    [
      'The backtick shortcut shows and hides the integrated terminal without moving focus to the mouse. I keep a test watcher running ' +
        'there and flick it open only when I want to see the results.',
    ],
  ],
  [
    '7. Rename a Symbol Everywhere With F2',
    [
      'Unlike multi-cursor editing, F2 uses the language server, so it renames a function or variable across every file that uses it ' +
        'and leaves unrelated text with the same name alone. It is the one shortcut I would keep if I could keep only one.',
    ],
  ],
];
const muTableIntro = 'Here are all seven in one place, with their macOS equivalents:';
const muRows = [
  ['Ctrl+D', 'Cmd+D', 'Add the next match to the selection'],
  ['Ctrl+P', 'Cmd+P', 'Quick Open a file'],
  ['Ctrl+Shift+P', 'Cmd+Shift+P', 'Open the Command Palette'],
  ['Alt+Up / Alt+Down', 'Option+Up / Option+Down', 'Move the line up or down'],
  ['Ctrl+Shift+O', 'Cmd+Shift+O', 'Go to a symbol in the file'],
  ['Ctrl+`', 'Ctrl+`', 'Show or hide the terminal'],
  ['F2', 'F2', 'Rename a symbol across files'],
];
const muOutro = [
  'You don’t need to learn all of them this week. Pick the one that matches something you do constantly, use it until it feels ' +
    'automatic, and then add the next. Within a month you will notice how rarely your hand leaves the keyboard.',
];
const muCaps = ['Screenshot by Priyanka Ostrander', 'The Command Palette in VS Code showing key bindings next to each command'];
const muRelated = ['The VS Code Extensions I Install on Every New Machine', 'A short list that covers linting, Git and remote work.'];
const muNews = [
  'Subscribe to our newsletter for coding tips',
  'Get practical guides for the tools you use every day, straight to your inbox.',
  'Subscribe',
  'By subscribing, you agree to our Privacy Policy and may receive occasional deal communications; you can unsubscribe anytime.',
];
const muNav = ['PC & Mobile', 'Internet', 'Productivity', 'Lifestyle', 'Tech Explained', 'Creative', 'Buying Guides'];
const muTags = ['Programming', 'Visual Studio Code', 'Keyboard Shortcuts'];
const muRecent = ['I Switched to a Tiling Window Manager for a Month', 'Your Router Has a Hidden Guest Mode', 'The Best Free Note-Taking Apps'];
const muTrending = ['Why I Still Use a Paper Notebook for Planning', '5 Browser Settings You Should Change Today', 'What Does “Sideloading” Mean?'];
const shot = (src: string, cap: string): string => `<figure class="body-img landscape"><div class="responsive-img image-expandable">
<img width="1680" height="945" loading="lazy" decoding="async" alt="${src.replace(/-/g, ' ')}"
src="https://static1.makeuseofimages.example/wordpress/wp-content/uploads/2025/02/${src}.jpg?q=50&amp;fit=crop&amp;w=825"></div>
<figcaption class="body-img-caption"><span class="caption">${cap}</span></figcaption></figure>`;
const muItemHtml = (i: number): string => {
  const it = muItems[i];
  if (!it) return '';
  const id = it[0].toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h2 id="${id}">${it[0].replace('`', '&#96;')}</h2>\n${ps(it[1])}`;
};
const muBody = `${ps(muIntro)}
${valnetAd('content-1')}
${muItemHtml(0)}
${shot('vs-code-multi-cursor-ctrl-d', muCaps[0] ?? '')}
${muItemHtml(1)}
${valnetAd('content-2')}
${muItemHtml(2)}
${shot('vs-code-command-palette', muCaps[1] ?? '')}
<div class="emaki-custom-block article-card-block"><div class="display-card article-card-related"><span class="related-title">Related</span>
<div class="display-card-content"><h5 class="display-card-title"><a href="/vs-code-extensions-every-machine/">${muRelated[0]}</a></h5>
<p class="display-card-excerpt">${muRelated[1]}</p></div></div></div>
${muItemHtml(3)}
${muItemHtml(4)}
<div class="w-newsletter-block newsletter-inline" data-newsletter-id="muo-coding"><div class="newsletter-inner">
<h4 class="newsletter-title">${muNews[0]}</h4><p class="newsletter-desc">${muNews[1]}</p><form class="newsletter-form">
<input type="email" placeholder="Your email address" aria-label="Email"><button type="submit">${muNews[2]}</button></form>
<p class="newsletter-legal">${muNews[3]}</p></div></div>
${valnetAd('content-3')}
${muItemHtml(5)}
${muItemHtml(6)}
${ps([muTableIntro])}
<div class="table-container"><table><thead><tr><th>Windows and Linux</th><th>macOS</th><th>What it does</th></tr></thead><tbody>
${muRows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/`/g, '&#96;')}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${ps(muOutro)}`;
const muHtml = valnetPage({
  site: 'MakeUseOf',
  host: 'makeuseof.com',
  nav: muNav,
  category: 'Programming',
  title: muTitle,
  excerpt: muExcerpt,
  author: 'Priyanka Ostrander',
  authorSlug: 'priyanka-ostrander',
  published: 'Feb 19, 2025',
  iso: '2025-02-19T12:00:41Z',
  hero: shot('vs-code-shortcuts-hero', 'A keyboard next to a monitor running VS Code'),
  body: muBody,
  tags: muTags,
  recent: muRecent,
  trending: muTrending,
});
export const makeUseOf: TestPage = {
  html: muHtml,
  name: 'heldout193-makeuseof-listicle',
  kind: 'blog',
  // the excerpt is body; the table's data cells are body (its header cells in neither list); screenshot captions,
  // the hero caption, the "Related" card and the newsletter box inside the body are furniture
  title: muTitle,
  headings: muItems.map((it) => it[0]),
  body: texts([muExcerpt, ...muIntro, ...muItems.flatMap((it) => it[1]), muTableIntro, ...muRows.flat(), ...muOutro]),
  bylines: ['Priyanka Ostrander', 'Published Feb 19, 2025'],
  furniture: uniq([
    ...muNav,
    'Newsletter',
    'Sign in',
    ...valnetAccount('MakeUseOf'),
    ...valnetActions,
    ...valnetShare,
    'A keyboard next to a monitor running VS Code',
    ...muCaps,
    'Related',
    ...muRelated,
    ...muNews,
    ...muTags,
    ...valnetThread,
    'Recent',
    ...muRecent,
    'Trending',
    ...muTrending,
    ...valnetFoot,
    ...valnetFoot2,
    'MakeUseOf is part of the Valnet Publishing Group',
    valnetCopy,
    ...valnetConsent,
  ]),
};
