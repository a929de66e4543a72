/**
 * Held-out batch 119, file d4: the posts and side texts of the GitHub Discussions page of file d2.
 */
export const ghTitle = 'Watch mode rebuilds twice on every save in 4.2';
export const ghOp = [
  'Since upgrading from 4.1.3 to 4.2.0, <code class="notranslate">quarry watch</code> runs every build twice when I save a file. The output is ' +
    'correct, but on our larger project each rebuild takes about eight seconds, so saving now costs sixteen.',
  'I’m on macOS 15 with Node 22, and the project uses the default config apart from an alias for <code class="notranslate">@/</code>. Running ' +
    'with <code class="notranslate">--verbose</code> shows two change events about 40 ms apart for the same file:',
  'Is anyone else seeing this? I couldn’t find an open issue for it. The project is a React app with about 1,400 modules, if that matters.',
];
export const ghOpCode = `[watch] change src/app/routes.ts (mtime)
[watch] rebuilding...
[watch] change src/app/routes.ts (attrs)
[watch] rebuilding...`;
export const ghC1 = [
  'Are you using an editor that saves through a temporary file and a rename? VS Code with “safe write” turned on, and most JetBrains IDEs, ' +
    'do that. The watcher sees both the write to the temp file and the rename.',
];
export const ghR1 = [
  'I’m in VS Code, but as far as I know safe write isn’t on. It also happens when I run <code class="notranslate">touch</code> on a file ' +
    'from the terminal, so I don’t think it’s the editor.',
];
export const ghR2 = ['Good test, that rules it out.'];
export const ghAns = [
  'Thanks for the detailed report. This is a regression in 4.2.0: we switched the watcher to native file events on macOS, and it now ' +
    'reports both the content change and the metadata change for a single save. Before 4.2 the second event was filtered out by a ' +
    'debounce that we removed by mistake.',
  'The fix is in <a class="issue-link js-issue-link" href="https://github.com/quarrybuild/quarry/pull/2331">#2331</a> and will ship in 4.2.1 ' +
    'later this week. Until then you can bring the debounce back yourself:',
  'Setting it to 50 is enough on every machine we tested. You can remove the option again once you upgrade.',
  'If you still see double builds after that, please open an issue with the output of <code class="notranslate">quarry doctor</code> so we ' +
    'can check whether something else on your machine is touching the files.',
];
export const ghAnsCode = `// quarry.config.js
export default {
  watch: { debounceMs: 50 },
};`;
export const ghR3 = ['Confirmed, the config workaround fixes it here. Thanks for the quick answer!'];
export const ghExcerpt =
  'Thanks for the detailed report. This is a regression in 4.2.0: we switched the watcher to native file events on macOS, and it now reports both…';
export const ghMin = '+1 same here on Linux';
export const ghMenus: [string, string[]][] = [
  [
    'Product',
    [
      'GitHub Copilot',
      'Write better code with AI',
      'Actions',
      'Automate any workflow',
      'Codespaces',
      'Instant dev environments',
      'Issues',
      'Plan and track work',
      'Discussions',
      'Collaborate outside of code',
    ],
  ],
  ['Solutions', ['By company size', 'Enterprises', 'Small and medium teams', 'Startups', 'Nonprofits']],
  ['Resources', ['Topics', 'AI', 'DevOps', 'Security', 'Software Development', 'View all']],
  ['Open Source', ['GitHub Sponsors', 'Fund open source developers', 'The ReadME Project', 'GitHub community articles']],
];
export const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
export const ghTabs = [
  ['Code', ''],
  ['Issues', '142'],
  ['Pull requests', '18'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Projects', ''],
  ['Security', ''],
  ['Insights', ''],
];
export const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
