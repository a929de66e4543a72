import { ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout176-disc.js';
import { nlifePage } from './pages-heldout176-e2.js';

/**
 * Held-out batch 176, file e: an openSUSE forums (Discourse) topic in the Tumbleweed category (the openSUSE global top
 * bar, the d-header with "Sign Up" and "Log In", the sidebar, replies with user titles, a zypper command in a code block, the
 * topic map, timeline, related topics and the openSUSE footer) and, from file e2, a Nintendo Life forums thread.
 */
const oTitle = 'Snapper rollback left /boot/efi entries pointing at the old snapshot';
const oP1 = [
  'Yesterday a Tumbleweed snapshot broke my display manager, so I booted an older snapshot from the GRUB menu and ran a ' +
    'rollback. The system works again, but every time I reboot it still starts the broken snapshot unless I pick the older one ' +
    'by hand.',
  'It looks like the boot entry was never updated. I am using systemd-boot, which I switched to during installation in the ' +
    'spring. Is rollback supposed to work with systemd-boot on Tumbleweed?',
  'For reference, the rollback was done with snapper rollback followed by a reboot, as described on the wiki page. snapper ' +
    'list shows the new default snapshot marked with a plus sign, so snapper itself seems to think it worked. Only the boot ' +
    'menu disagrees.',
];
const oR1 = [
  'Yes, but with systemd-boot the entries are managed by sdbootutil, not by GRUB scripts. After a rollback you need the ' +
    'entries regenerated. Try this and reboot:',
];
const oCode = 'sudo sdbootutil update-all-entries\nsudo sdbootutil set-default-snapshot';
const oR2 = [
  'That worked, the right snapshot is the default again. I expected snapper rollback to do this on its own, though.',
  'Is there a way to make sure this happens automatically next time? I would rather not have to remember these commands ' +
    'after every rollback, especially since I only need them when something has already gone wrong.',
];
const oR3 = [
  'It should, and on a fresh install it does. Installations that were switched to systemd-boot early in the year may be ' +
    'missing the snapper plugin that calls sdbootutil. Check whether the package is installed; if not, install it so the ' +
    'next rollback updates the entries for you.',
  'You can also check the installed boot entries with sdbootutil list-entries. After a correct rollback the snapshot number ' +
    'in the default entry should match the one snapper marks as default.',
];
const oR4 = [
  'The plugin package was missing. Installed it, did a test rollback and the default moved as expected. Marking this as solved.',
  'Thanks hcvv and arvidjaar, I would not have found the missing plugin on my own.',
];
const oTop = ['News', 'Wiki', 'Forums', 'Get Software', 'Download', 'Help'];
const oFoot = ['Privacy Policy', 'Code of Conduct', 'Terms of Site', 'Imprint', 'Contact'];
const oCopy = '© 2025 SUSE LLC, openSUSE contributors';
const ose = discourse({
  host: 'forums.opensuse.org',
  site: 'openSUSE Forums',
  topicId: 188042,
  slug: 'snapper-rollback-left-boot-efi-entries-pointing-at-the-old-snapshot',
  title: oTitle,
  desc: oP1[0] ?? '',
  parent: 'Using openSUSE',
  cat: 'Tumbleweed',
  tags: ['systemd-boot', 'snapper'],
  buttons: ['Sign Up', 'Log In'],
  sidebar: [
    { title: 'Categories', items: ['Announcements', 'Using openSUSE', 'Tumbleweed', 'Leap', 'Hardware', 'All categories'] },
    { title: 'Tags', items: ['systemd-boot', 'snapper', 'btrfs', 'All tags'] },
  ],
  bodyClass: 'opensuse-theme',
  stats: [
    ['356', 'views'],
    ['7', 'likes'],
    ['3', 'users'],
  ],
  timeline: ['Nov 2025', '1 / 5', 'Nov 13'],
  posts: [
    { user: 'ruedi_k', title: 'Explorer Penguin', date: 'Nov 12', full: 'Nov 12, 2025 8:44 pm', cooked: ps(oP1) },
    {
      user: 'hcvv',
      title: 'Global Moderator',
      date: 'Nov 12',
      full: 'Nov 12, 2025 9:10 pm',
      likes: '3',
      cooked: `${ps(oR1)}\n<pre><code class="lang-auto">${oCode}</code></pre>`,
    },
    { user: 'ruedi_k', title: 'Explorer Penguin', date: 'Nov 12', full: 'Nov 12, 2025 9:35 pm', replyTo: 'hcvv', cooked: ps(oR2) },
    { user: 'arvidjaar', title: 'Knowledge Partner', date: 'Nov 13', full: 'Nov 13, 2025 6:02 am', likes: '3', cooked: ps(oR3) },
    { user: 'ruedi_k', title: 'Explorer Penguin', date: 'Nov 13', full: 'Nov 13, 2025 5:47 pm', likes: '1', cooked: ps(oR4) },
  ],
  related: [
    {
      title: 'systemd-boot entries not cleaned up after snapshot deletion',
      cat: 'Tumbleweed',
      tags: ['systemd-boot'],
      replies: '6',
      views: '402',
      act: 'Oct 18',
    },
    { title: 'Rollback with GRUB2-BLS on Aeon', cat: 'Using openSUSE', replies: '12', views: '1.1k', act: 'Nov 2' },
    { title: 'Display manager fails after latest snapshot', cat: 'Tumbleweed', replies: '31', views: '2.7k', act: 'Nov 11' },
  ],
  top: `<div id="global-navbar" class="navbar navbar-expand-md"><a class="navbar-brand" href="https://www.opensuse.org/"><img alt="openSUSE" src="/logo.svg">
</a>
<ul class="navbar-nav">${oTop.map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.length}">${t}</a></li>`).join('')}</ul></div>`,
  bottom: `<footer class="opensuse-footer"><ul>${oFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul><p>${oCopy}</p></footer>`,
});
const opensuse: TestPage = {
  name: 'heldout176-opensuse-discourse-forum',
  kind: 'forum',
  html: ose.html,
  title: oTitle,
  headings: [],
  body: texts([...oP1, ...oR1, ...oR2, ...oR3, ...oR4]),
  bylines: ose.bylines,
  furniture: [...ose.furniture, ...oTop, ...oFoot, oCopy],
};

export const HELDOUT176_E: readonly TestPage[] = [opensuse, nlifePage];
