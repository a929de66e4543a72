/**
 * Held-out batch 81, file b4: the texts of the Discourse topic of file b2 (title, the five posts, the poll's options).
 */
export const dcTitle = 'Proposal: drop YAML front matter in Quillstack 4.0';
export const dc1a = [
  'Quillstack has supported three front matter formats since 1.0: YAML between <code>---</code> fences, TOML between <code>+++</code> ' +
    'fences and a JSON object at the top of the file. For 4.0 I would like to drop YAML and make TOML the only format we document, with ' +
    'JSON kept for generated content.',
  'The reasons, roughly in order of how much time they cost us:',
];
export const dc1List = [
  'Most of the front matter bugs filed in the last two years are YAML surprises: unquoted dates turning into timestamps, the word ' +
    '<code>no</code> turning into <code>false</code>, tabs breaking indentation.',
  'The YAML parser is our largest dependency by a wide margin and has had two security releases since October.',
  'Supporting three formats means every new front matter feature gets written and tested three times.',
];
export const dc1b = [
  'A converter would ship with 4.0 and rewrite a whole content folder in one command. I know this is the biggest breaking change we ' +
    'have proposed since 2.0, so I would like to hear from people with large sites before we decide anything.',
];
export const dc2 = [
  'I maintain the docs for three projects on Quillstack, about 2,400 pages between them, and every one of them uses YAML front matter. ' +
    'A one-off converter is fine for the files in the repository, but it does nothing for the templates and scripts that generate pages, ' +
    'or for the contributors who have YAML muscle memory and will open pull requests with it for the next two years.',
  'I agree the date and boolean surprises are real. Could we not fix most of them by switching to the YAML 1.2 core schema, which does ' +
    'not treat <code>no</code> as false, and warning on unquoted dates? That would get rid of the worst bugs without breaking every site at once.',
];
export const dc3a = [
  'There seem to be two camps forming here, so to get a quick picture of where people stand before the next core call:',
  'What should 4.0 do with YAML front matter?',
];
export const dc3Poll = [
  'Drop YAML in 4.0 as proposed',
  'Deprecate YAML in 4.0 with a warning, remove it in 5.0',
  'Keep YAML, switch to the 1.2 core schema and document TOML as preferred',
  'Something else (reply below)',
];
export const dc3b = ['The poll closes on Friday. Votes are public so we can follow up with people running large sites.'];
export const dc4 = [
  'Voted for the deprecation path. From the downstream side, the thing that hurts is not a breaking change as such but a breaking ' +
    'change with no overlap. If 4.x reads YAML and prints a clear warning with the file name and the converter command, people will ' +
    'fix their sites in their own time.',
  'One request either way: please make the converter keep comments. Half of our front matter blocks have comments explaining why a ' +
    'page is hidden or redirected, and losing those would be worse than the migration itself.',
];
export const dc5a = ['Thanks, everyone. With the poll at 61 percent for deprecation and most of the replies saying the same thing, that is what we will do.'];
export const dc5List = [
  '4.0 switches to the YAML 1.2 core schema and warns on every YAML file, with the file name and the converter command.',
  'The converter keeps comments and runs as a dry run by default.',
  'YAML support is removed in 5.0, not before.',
];
export const dc5b = ['I will update the proposal document and open tracking issues this week.'];
