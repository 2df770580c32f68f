import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '@/core/boilerplate';
import type { Block, Source } from '@/core/types';
import { PROSE, text } from '../support/labelling';

/*
 * What a site says of itself around the story (its terms, disclaimers, what a page needs), how
 * to reach the writer, and the page's tool bar: each tried on the lines it is for and on the
 * story's own lines that use the same words.
 */

const label = (line: string) => [line, text(line)];

/** Each line reads as `reason`; a story's line in the same words reads as the story's. */
function readApart(lines: readonly string[], reason: string, story: string): void {
  for (const line of lines) expect(label(line)).toEqual([line, reason]);
  expect(label(story)).toEqual([story, null]);
}

/** A source as an HTML page reads: its lines are blocks, those at `headings` headings. */
function asPage(lines: readonly string[], headings: readonly number[]): Source {
  const blocks: Block[] = [];
  let at = 0;
  for (const [i, line] of lines.entries()) {
    blocks.push({
      start: at,
      end: at + line.length,
      type: headings.includes(i) ? 'heading' : 'paragraph',
    });
    at += line.length + 2;
  }
  return { id: 'p', title: lines[0]!, text: lines.join('\n\n'), blocks };
}

describe("a site's notices", () => {
  it('read terms, disclaimers and requirements as a notice', () => {
    for (const line of [
      '© Copyright 2007 Reuters. Reuters content is the intellectual property of Reuters or its third-party content providers. Any copying, republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters. Reuters shall not be liable for any errors or delays in the content.',
      'Distributed by Internet Broadcasting. This material may not be published, broadcast, rewritten or redistributed.',
      'NEWS.com.au is not responsible for the content of external sites.',
      'Note: the broadcaster does not endorse and is not responsible for the content of external sites - link will open in new window',
      'The opinions expressed in this release are those of the organization issuing it, and do not necessarily reflect the thoughts or opinions of the site or its staff.',
      'The following are comments from the readers. In no way do they represent the view of the paper.',
      'This site requires that JavaScript be enabled and the Flash plug-in be installed.',
      'This slideshow requires JavaScript.',
      'Site Requirements : Internet Explorer 6.0+ or Netscape 5.0+. Site best viewed in 1024x768 resolution.',
    ])
      expect(label(line)).toEqual([line, 'notice']);
  });

  it('read a short copyright line as a credit, with the sign written "(c)" too', () => {
    for (const line of ['(c) 2008, The Miami Herald.', '© 2024 Example News Ltd'])
      expect(label(line)).toEqual([line, 'credit or byline']);
  });

  it('leave the story’s sentences about publishing, endorsing and views alone', () => {
    for (const line of [
      'The judge ruled that the photographs may not be published until the trial ends.',
      'The senator does not endorse either candidate, her office said on Tuesday.',
      'Officials said the report does not reflect the views of residents who were not surveyed.',
      'The new law requires that every site be inspected twice a year.',
      'A copyright dispute over the song has run for years, and the company said it owned the rights.',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('leave a longer text on terms, however it words them, to the story', () => {
    const long = `${'The court heard that the agency had sold the pictures to other outlets for years. '.repeat(10)}The contract said the pictures may not be published, broadcast or redistributed.`;
    expect(text(long)).toBeNull();
  });

  it('do not stop the headline under them being read as one', () => {
    // As an HTML page reads: the notice a paragraph, the headline a heading under it.
    const lines = [
      'This site requires that JavaScript be enabled and the Flash plug-in be installed. If you already have the player installed, you may need to enable it in your browser settings.',
      'CES 2008: Google TV Rumblings',
      ...PROSE,
    ];
    const labels = classifyBlocks(asPage(lines, [1]));
    expect(labels.slice(0, 2)).toEqual(['notice', 'headline']);
  });
});

describe("a page's headline", () => {
  it('is not a heading that states a whole sentence: that is the story’s summary set large', () => {
    const summary =
      'House prices recovered in December after three monthly falls, a survey by the biggest lender said.';
    expect(classifyBlocks(asPage([summary, ...PROSE], [0]))[0]).toBeNull();
    expect(classifyBlocks(asPage(['House prices recover in December', ...PROSE], [0]))[0]).toBe(
      'headline',
    );
    // A short headline may end with a full stop ("Done.").
    expect(classifyBlocks(asPage(['Prices recover.', ...PROSE], [0]))[0]).toBe('headline');
  });

  it('is not a head of other stories that opens the text: the heading under it is', () => {
    const lines = ['Most Viewed Articles', 'First Look: The New Album', ...PROSE];
    expect(classifyBlocks(asPage(lines, [0, 1])).slice(0, 2)).toEqual(['related link', 'headline']);
  });
});

describe('how to reach the writer', () => {
  it('reads a contact line, or a name with an address or telephone number, as a credit', () => {
    for (const line of [
      'To contact the reporter on this story: Jane Doe in Seoul at jdoe@example.com .',
      'To reach a Post senior editor, you can use the links below:',
      'Contact the writer at jdoe@example.com',
      'Jayda Evans: 206-464-2067 or jevans@example.com',
      'Inquiries: archie.f@example.com',
    ])
      expect(label(line)).toEqual([line, 'credit or byline']);
  });

  it('leaves sentences and listings that hold an address or a number to the story', () => {
    for (const line of [
      'Residents can email questions to council@example.gov before the meeting on Monday.',
      'He can be reached at 555-123-4567, police said.',
      'Counseling Centers 801 Portola Dr. Suite 108 (415) 674-7504 Psychotherapy',
      'To contact the council, residents wrote letters for years before anything changed.',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('reads a name and the outlet or agency it writes for as a credit', () => {
    for (const line of [
      'Mark Hinton, Goal.com',
      'KEN WARREN, CanWest News Service',
      'Article from: Agence France-Presse',
      'Posted by: tax payer, Bolton on 11:21pm Tue 1 Jan 08',
    ])
      expect(label(line)).toEqual([line, 'credit or byline']);
    for (const line of ['New York, New York', 'Anne Frank, a diary', 'Press Freedom, Democracy'])
      expect(label(line)).toEqual([line, null]);
  });
});

describe("the page's tool bar", () => {
  it('reads print, mail, text-size and rating tools as navigation', () => {
    for (const line of [
      'Font size: + -',
      'Font Scale:A A A',
      'Send this article: Print Email',
      'Rate this Article',
      'Current Rating',
      'Story tools',
      'Printer friendly version',
    ])
      expect(label(line)).toEqual([line, 'navigation']);
  });

  it('leaves a subheading or line that names one tool among other words alone', () => {
    for (const line of [
      'Print',
      'Email marketing',
      'Text size matters',
      'Save the date',
      'Rate cuts',
    ])
      expect(label(line)).toEqual([line, null]);
  });
});

describe('more of what a page prints around the story', () => {
  it('reads appeals to its newsletter and forums, and a log-in notice, as calls to action', () => {
    for (const line of [
      'Keep up to date with the news. Receive our free E-Newsletter',
      'Have your say on the latest news and sport in our Forums',
      'You must Login or Register to post.',
    ])
      expect(label(line)).toEqual([line, 'call to action']);
    for (const line of [
      'Residents will receive the first payments in March, the council said.',
      'You must register to vote before October, officials said.',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('reads a wire picture’s caption, a sponsor’s label and a gallery’s link', () => {
    expect(
      label(
        'Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3, 2007, file photo.',
      )[1],
    ).toBe('caption');
    expect(label('Sponsored Links')[1]).toBe('advertisement');
    expect(label('In pics: Carling Cup semi-final action')[1]).toBe('related link');
    expect(label('Watch On DAILY PLANET: How the old bridge was built')[1]).toBe('related link');
    for (const line of [
      'The file photo was taken in 2010 and shows the old bridge, police said.',
      'Watch: the first step is the easiest one.',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('reads a date with its day as an ordinal as a date line', () => {
    expect(label('January 7th, 2008')[1]).toBe('date line');
    expect(label('Posted on Tuesday, March 3rd, 2009 at 4:15 pm')[1]).toBe('date line');
  });
});

describe("the story's own lines that carry a credit's or a link list's marks", () => {
  it('keeps a paragraph that ends with the agency’s credit, and labels the credit alone', () => {
    const tail =
      "Apple's iPhone, which also plays music and lets users browse the internet, has been a big hit. (Reporting by Jane Doe; editing by John Roe)";
    expect(label(tail)).toEqual([tail, null]);
    expect(label('(Reporting by Jane Doe; editing by John Roe)')[1]).toBe('credit or byline');
  });

  it('keeps a box score whose names are links: figures are data', () => {
    const box =
      'SAN JOSE STATE (1-14) White, Natalie 11-17 0-0 22; Barnes, Myosha 4-6 2-2 10; Davis, Tamiko 4-9 0-0 8; Powell, Brittany 2-6 1-2 5; Nichols, Emily 1-1 0-0 3; Sumler, Sayja 1-7 1-5 3; Hicks, Ann 2-3 0-0 4; Totals 25-60 6-11 62';
    const source = asPage(['Game report', ...PROSE, box, ...PROSE], [0]);
    const linked: Source = {
      ...source,
      blocks: source.blocks.map((b, i) => (i === 4 ? { ...b, markup: { links: 0.5 } } : b)),
    };
    expect(classifyBlocks(linked)[4]).toBeNull();
    // The same share of links over headlines is a list of other stories.
    const headlines = Array.from({ length: 8 }, (_, i) => `Other story number ${i} tonight`).join(
      ' ',
    );
    const list: Source = {
      ...asPage(['Game report', ...PROSE, headlines, ...PROSE], [0]),
    };
    const listLinked: Source = {
      ...list,
      blocks: list.blocks.map((b, i) => (i === 4 ? { ...b, markup: { links: 0.6 } } : b)),
    };
    expect(classifyBlocks(listLinked)[4]).toBe('related link');
  });
});

describe('a sign-up form, credits and lists that hold on pages the first rules missed', () => {
  it("reads a form's sentences as its pitch, and a longer text in a form as the story's", () => {
    const pitch =
      'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.';
    const quiz = Array.from({ length: 7 }, () => PROSE[0]).join(' ');
    const page = asPage(['Storm hits coast', ...PROSE, pitch, quiz, ...PROSE], [0]);
    const inForm: Source = {
      ...page,
      blocks: page.blocks.map((b, i) =>
        i === 4 || i === 5 ? { ...b, markup: { links: 0, part: 'form' } } : b,
      ),
    };
    const labels = classifyBlocks(inForm);
    expect([labels[4], labels[5]]).toEqual(['call to action', null]);
    // Outside a form the same sentences are the story's.
    expect(classifyBlocks(page)[4]).toBeNull();
  });

  it('reads the linked items under a head of other stories as links, though prose follows', () => {
    const items = [
      'The strange life of a coder',
      'How the courts read the law',
      'What a merger means',
    ];
    const page = asPage(
      ['Storm hits coast', ...PROSE, 'More Great WIRED Stories', ...items, PROSE[0]!],
      [0],
    );
    const withLinks = (share: number): Source => ({
      ...page,
      blocks: page.blocks.map((b, i) =>
        i >= 5 && i <= 7 ? { ...b, markup: { links: share, listItem: true } } : b,
      ),
    });
    expect(classifyBlocks(withLinks(0.6)).slice(4, 9)).toEqual([
      'related link',
      'related link',
      'related link',
      'related link',
      null,
    ]);
    // A list the story sets out under such a head, with a link in passing, stays the story's.
    expect(classifyBlocks(withLinks(0.1)).slice(5, 8)).toEqual([null, null, null]);
  });

  it("reads a reporter's contribution line and a picture's copyright as credits", () => {
    for (const line of [
      'Keith Bradsher contributed reporting from Hong Kong.',
      'Jane Roe and John Doe contributed additional reporting.',
      'Image copyright EPA',
      'Picture copyright Getty Images',
    ])
      expect(label(line)).toEqual([line, 'credit or byline']);
    const sentence =
      'Bradsher, who contributed reporting on the strike for years, said the talks had failed. Then he left.';
    expect(label(sentence)).toEqual([sentence, null]);
  });

  it("reads a media player's fallback as the page's notice", () => {
    for (const line of [
      'Media playback is unsupported on your device',
      'Your browser does not support the video tag.',
    ])
      expect(label(line)).toEqual([line, 'notice']);
  });

  it('reads the head of a list of other stories, and appeals to subscribe, as such', () => {
    for (const line of ['More Great WIRED Stories', 'RECENT ARTICLES', 'Other stories'])
      expect(label(line)).toEqual([line, 'related link']);
    for (const line of [
      'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.',
      'Every day we send an email with the top stories from Digg.',
    ])
      expect(label(line)).toEqual([line, 'call to action']);
    expect(label('Text size')[1]).toBe('navigation');
    for (const line of ['SUBSCRIBE', 'Sign up now', 'Comentários', 'Отзывы'])
      expect(label(line)[1]).toBe('call to action');
    for (const line of ['Subscribe to what, exactly?', 'Comments from the minister'])
      expect(label(line)).toEqual([line, null]);
    expect(label('Opinion Columnist')[1]).toBe('credit or byline');
    expect(
      label(
        'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.',
      )[1],
    ).toBe('advertisement');
    expect(
      label(
        'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
      )[1],
    ).toBe('call to action');
    for (const line of [
      'More stories emerged on Tuesday of the flooding in the north.',
      'Sign up for the Disney+ bundle using the same email as your Hulu account',
      'We will send the forms by email to every household, the council said.',
      'Subscribers to the service rose by a third in the quarter.',
      'Brokers may earn a commission of up to 6 percent on each sale.',
      'The forum said it was moderating comments more strictly after the election.',
    ])
      expect(label(line)).toEqual([line, null]);
  });
});

describe("a line of the page's tags", () => {
  it('is a link list when most of it is links, with or without its colon', () => {
    const tags = 'Tags stock car 2018, stock car brasil, stock car cascavel, corrida do milhão';
    const page = asPage(['Race report', ...PROSE, tags, ...PROSE], [0]);
    const linked = (share: number): Source => ({
      ...page,
      blocks: page.blocks.map((b, i) => (i === 4 ? { ...b, markup: { links: share } } : b)),
    });
    expect(classifyBlocks(linked(0.9))[4]).toBe('related link');
    // The story's own sentence on tags, with a link in passing, stays the story's.
    expect(classifyBlocks(linked(0.1))[4]).toBeNull();
  });
});

describe("a wire page's furniture around the story", () => {
  it('reads desks, agencies, contributors, print pages and blog footers as credits', () => {
    for (const line of [
      'Seattle Times news services',
      'John Raoux/Associated Press',
      'AFP, AP',
      '- NZPA',
      '(Editing by Pritha Sarkar)',
      'Ottawa Citizen with files from Norma Greenaway',
      'Some information for this report was provided by AFP and AP.',
      'Write to Nick Wingfield at nick.wingfield@example.com',
      'World View, Page 14',
      'Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008',
      'Contributed by Nicol Wistreich',
      'The Oregonian Staff',
      '| Journal Denver Bureau',
      'Robert Fife, CTV Ottawa Bureau Chief',
      '— Reporting by David Brunnstrom and Warren Strobel; Editing by Alistair Bell',
    ])
      expect(label(line)).toEqual([line, 'credit or byline']);
  });

  it('reads a story’s short address offered to share as a call to action, not a sentence on sharing', () => {
    readApart(
      ['Read or Share this story: http://usat.ly/2lppXg7', 'Share this article: example.com/s/42'],
      'call to action',
      'Share this story: the council voted to close the library on weekends.',
    );
  });

  it('reads a template’s fields printed unfilled as the template, not braces in a sentence', () => {
    readApart(
      [
        'This story appears in the {{article.magazine.date}} issue of {{article.magazine.name}}.',
        'Page {{article.page + 1}} / {{article.pages.length}} Continue',
      ],
      'template',
      'In Handlebars you write {{name}} where the reader’s name goes.',
    );
    // A tutorial's line of template code, and its sentence on one field, are its own.
    for (const line of [
      '<h1>{{ page.title }}</h1> <p>{{ page.author.name }}</p>',
      'Put {{ page.title }} in the head of the layout, where the browser shows it.',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('reads a desk’s stamp of figures as a date line, and a file picture’s mark as a caption', () => {
    for (const line of ['01/17 16:59:52 ET', '30/12/07', 'AP-ES-01-10-08 0607EST'])
      expect(label(line)).toEqual([line, 'date line']);
    expect(label('Pervez Musharraf (file photo)')[1]).toBe('caption');
  });

  it('reads a line that says where people stand in a picture as a caption', () => {
    for (const line of [
      'Former prime minister Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image.',
      'Khalil Khatri (center) prayed with fellow Muslims at the Islamic Center of Boston.',
      'Mohammed Jabarah, second from right, a Canadian who became an informant, in 2002.',
      'A member of the team tests a GPS watch on a ridgeline. Photo: iRunFar/Christin Randall',
      'Joint Direct Attack Munitions (JDAM).\nPhoto: US Air Force',
      'A painting on a wall in Portobello Road is for sale on eBay. Photo / Reuters',
    ])
      expect(label(line)).toEqual([line, 'caption']);
    // The credit alone is a credit, and a story's "photo:" opens a clause.
    expect(label('Photo: Jane Doe')[1]).toBe('credit or byline');
    for (const line of [
      'The left, the right and the centre all claimed the result as their own.',
      'Southampton: Davis; Thomas, Davies, Bennett, Safri (c), Euell, John.',
      'He took one more photo: the harbour at dawn, empty',
    ])
      expect(label(line)).toEqual([line, null]);
  });

  it('reads calls for readers’ news, headline mail and talkback heads as calls to action', () => {
    for (const line of [
      'When news happens: send photos, videos & tip-offs to 0424 000 000, or us.',
      'Get Malaysia Sun headlines emailed to you daily.',
      'Email this story to a friend',
      'Came straight to this page? Visit www.example.tv for all the latest news.',
      'Talkbacks for this article: 18',
      'Do you have comments on this story?',
    ])
      expect(label(line)).toEqual([line, 'call to action']);
  });

  it('reads a cut article’s notice, a spacer and a letter-spaced head as the page’s', () => {
    expect(
      label('The full article contains 345 words and appears in Press Association newspaper.')[1],
    ).toBe('notice');
    expect(label('The BBC is not responsible for the content of external internet sites')[1]).toBe(
      'notice',
    );
    expect(
      label(
        'These feeds are provided by a third party and Channel 4 is not responsible or liable',
      )[1],
    ).toBe('notice');
    expect(label('Â')[1]).toBe('separator');
    expect(label('R E L A T E D C O N T E N T')[1]).toBe('navigation');
    for (const line of [
      'Printer friendly page / Send this article to Friends by E-Mail',
      'Adjust Font Size:',
      'Trackback(0)',
    ])
      expect(label(line)).toEqual([line, 'navigation']);
  });

  it('leaves the story’s sentences that use the same words alone', () => {
    for (const line of [
      'Police will send photos of the suspect to every station in the county.',
      'Posted in Iraq by the army in 2004, he served two tours before he was wounded.',
      'Reporters worked with files from the archive to piece the story together.',
      'The score was 3-4 at half time.',
      'Information from the ministry was provided to reporters on Monday.',
      'A B C',
      'The company said its headlines would stay the same.',
    ])
      expect(label(line)).toEqual([line, null]);
  });
});

describe('lists and bars around the story', () => {
  /** The page with each block's markup set: no links unless `links` names its share. */
  const withMarkup = (page: Source, links: Record<number, number> = {}): Source => ({
    ...page,
    blocks: page.blocks.map((b, i) => ({ ...b, markup: { links: links[i] ?? 0 } })),
  });

  it('reads the unlinked headlines under a head of other stories after the story as links', () => {
    const items = [
      'Liam Neeson bids a fond farewell to Belfast theatre',
      'Ulster leads the way with new food traceability system',
      'Helen Carson visits a converted coaching house',
    ];
    const page = withMarkup(asPage(['Storm hits coast', ...PROSE, "Don't Miss", ...items], [0]));
    expect(classifyBlocks(page).slice(4)).toEqual(
      items.map(() => 'related link').concat(['related link']),
    );
    // Two lines under such a head are not yet a list, and a story's own points are statements.
    const two = withMarkup(
      asPage(['Storm hits coast', ...PROSE, "Don't Miss", ...items.slice(0, 2)], [0]),
    );
    expect(classifyBlocks(two).slice(5)).toEqual([null, null]);
    const points = items.map((i) => `${i}.`);
    const stated = withMarkup(asPage(['Storm hits coast', ...PROSE, "Don't Miss", ...points], [0]));
    expect(classifyBlocks(stated).slice(5)).toEqual([null, null, null]);
  });

  it('reads a head of other stories and its links in one block as links', () => {
    const related =
      "Related Posts:\nSoul Calibur IV to get instant-hit kills? If it's true, sounds like a good idea.\nSoul Calibur IV: in-game footage of the new fighters\nXbox 360 sales pass ten million in Europe as the holidays approach";
    const page = asPage(['Storm hits coast', ...PROSE, related], [0]);
    expect(classifyBlocks(withMarkup(page, { 4: 0.9 }))[4]).toBe('related link');
    expect(classifyBlocks(withMarkup(page, { 4: 0.1 }))[4]).toBeNull();
  });

  it("reads a bar of links to the site's sections as navigation, not a story's linked sources", () => {
    const bar =
      'News: ePaper | Front Page | National | Tamil Nadu | Andhra Pradesh | Karnataka | Kerala';
    const sources =
      'The report drew on data from the census bureau, the labour ministry and the central bank.';
    const page = asPage(['Storm hits coast', bar, ...PROSE, sources], [0]);
    const labels = classifyBlocks(withMarkup(page, { 1: 0.9, 5: 0.9 }));
    expect(labels[1]).toBe('navigation');
    expect(labels[5]).toBeNull();
    // A bar with few links is left to the other rules.
    expect(classifyBlocks(withMarkup(page, { 1: 0.5 }))[1]).not.toBe('navigation');
  });

  it('reads the heads and closing notice of a comment box as calls to action', () => {
    for (const line of [
      'Have your Say',
      'Your Comments',
      'Thanks for your comments - this feedback is now closed',
    ])
      expect(label(line)).toEqual([line, 'call to action']);
    expect(label('The mayor said the consultation is now closed.')[1]).toBeNull();
  });
});
