"""Quotes (rules/quotes.py) and their speakers: names before and after the quote, titles, short mentions resolved."""

from __future__ import annotations

import pytest

from reportgen.readers.rules.quotes import find_quotes, split_title_prefix


def test_quote_speaker_after_and_before_and_resolved():
    paras = [
        (0, 0, "Mats L. Brune, MD, Medical Director of the Program, delivered the findings."),
        (0, 1, '"It works," said Jane Doe, Chief Executive Officer of Acme. "We are pleased."'),
        (0, 2, 'Dr. Brune stated, "The effect was durable and significant in every subgroup."'),
        (0, 3, '"Short," Doe said.'),
    ]
    quotes = find_quotes(paras)
    assert [(q.speaker, q.title) for q in quotes[:2]] == [
        ("Jane Doe", "Chief Executive Officer of Acme"),
        ("Dr. Mats L. Brune", "Medical Director of the Program"),
    ]
    assert quotes[0].text == "It works. We are pleased."


def test_a_quoted_title_is_not_a_quote():
    paras = [(0, 0, 'The poster was entitled, "Histamine Dihydrochloride Maintains T Cell Function," and shown at ASH.')]
    assert find_quotes(paras) == []


def test_title_before_the_speaker_is_the_title():
    assert split_title_prefix("General Manager Don Listwin") == ("Don Listwin", "General Manager")
    assert split_title_prefix("Jane Doe") == ("Jane Doe", None)
    quotes = find_quotes([(0, 0, '"We are pleased," said Chairman, President and CEO David M. Ratcliffe. "It works."')])
    assert (quotes[0].speaker, quotes[0].title) == ("David M. Ratcliffe", "Chairman, President and CEO")


def test_two_speakers_in_one_paragraph_are_two_quotes():
    text = ('\u201cI am pleased,\u201d said Larry Ellison, Chairman of the Board. Bruce Chizen, Chair of the Committee, '
            'added, \u201cShe is an accomplished leader with extensive experience.\u201d')
    assert [q.speaker for q in find_quotes([(0, 0, text)])] == ["Larry Ellison", "Bruce Chizen"]


def test_he_said_resolves_to_the_person_named_in_the_paragraph():
    text = 'Kurt Swenson, chairman and chief executive officer, said that it helps. "This is a small but important acquisition," he said.'
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Kurt Swenson", "chairman and chief executive officer")]


def test_a_title_before_the_name_at_the_first_mention_is_the_speakers_title():
    paras = [
        (0, 0, "The unit is headed by Vice President and General Manager Don Listwin."),
        (0, 1, '"The products round out our line," Listwin said.'),
    ]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Don Listwin", "Vice President and General Manager")


def test_a_quote_without_a_title_takes_it_from_an_earlier_mention_of_the_same_person():
    paras = [
        (0, 0, "As part of the agreement, Steve Jobs, Chairman and CEO of NeXT Software, will return to Apple."),
        (0, 1, '"Much of the industry has lived off the Macintosh," said Steven P. Jobs. "Now is the time."'),
        (0, 2, '"We are pleased," said Chairman, President and CEO David M. Ratcliffe.'),
        (0, 3, '"We recovered fast," Ratcliffe said.'),
    ]
    quotes = find_quotes(paras)
    assert (quotes[0].speaker, quotes[0].title) == ("Steven P. Jobs", "Chairman and CEO of NeXT Software")
    assert (quotes[2].speaker, quotes[2].title) == ("David M. Ratcliffe", "Chairman, President and CEO")


def test_a_long_academic_title_is_kept():
    text = ('"It works," said Christopher Moertel, M.D., Medical Director Pediatric Neuro-Oncology and Neurofibromatosis '
            "Programs and Kenneth and Betty Jayne Dahlberg Professor of Pediatrics, University of Minnesota, and lead "
            "investigator of the ReNeu trial.")
    q = find_quotes([(0, 0, text)])[0]
    assert q.speaker == "Christopher Moertel"
    assert q.title.startswith("Medical Director Pediatric") and q.title.endswith("ReNeu trial")


def test_title_before_the_name_with_the_companys_word_is_the_title():
    q = find_quotes([(0, 0, 'Halcyon President and CEO Jane Roe said, "We are ready for the next phase of growth."')])[0]
    assert (q.speaker, q.title) == ("Jane Roe", "Halcyon President and CEO")
    q = find_quotes([(0, 0, '"We are ready," said Halcyon President and Chief Executive Officer Jane Roe.')])[0]
    assert (q.speaker, q.title) == ("Jane Roe", "Halcyon President and Chief Executive Officer")


def test_stacked_honorifics_are_one_speaker():
    paras = [(0, 0, '"The data are compelling," said Prof. Dr. Klaus Weber, Chief Scientific Officer of Acme AG.')]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Prof. Dr. Klaus Weber", "Chief Scientific Officer of Acme AG")
    # the short mention keeps its own honorific and takes the fuller name and title given earlier
    paras = [(0, 0, "Prof. Dr. Klaus Weber, CSO of Acme AG, will lead the study."), (0, 1, '"It is compelling," said Dr. Weber.')]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Dr. Klaus Weber", "CSO of Acme AG")


def test_a_short_mention_resolves_to_the_person_quoted_before():
    paras = [
        (0, 0, '"We are pleased," said Jane Roe, Chief Executive Officer of Halcyon.'),
        (0, 1, "The company also reported record bookings."),
        (0, 2, '"We have the cash to finish the program," Roe added.'),
    ]
    quotes = find_quotes(paras)
    assert [(q.speaker, q.title) for q in quotes] == [("Jane Roe", "Chief Executive Officer of Halcyon")] * 2


def test_appointed_as_gives_the_title_of_a_later_short_mention():
    paras = [
        (0, 0, "Acme Corp. today announced that it has appointed Maria Lopez as Chief Financial Officer, effective June 1."),
        (0, 1, '"I am delighted to join the team," said Ms. Lopez.'),
    ]
    q = find_quotes(paras)[0]
    assert (q.speaker, q.title) == ("Maria Lopez", "Chief Financial Officer")


@pytest.mark.parametrize(
    "paras, speaker, title",
    [
        ([(0, 0, "Chief Executive Officer Denise Albright will host the call."),
          (0, 1, '"We finished the year with momentum," the company\'s chief executive said.')],
         "Denise Albright", "Chief Executive Officer"),
        ([(0, 0, "Nathalie Brassard, Chief Risk Officer, noted that provisions declined."),
          (0, 1, '"Our credit quality remains excellent," the Bank\'s Chief Risk Officer said.')],
         "Nathalie Brassard", "Chief Risk Officer"),
        ([(0, 0, "Elaine M. Hart, president and chief executive officer of CardioStream, attended."),
          (0, 1, '"It was remarkable," the company\'s CEO said.')],
         "Elaine M. Hart", "president and chief executive officer of CardioStream"),
    ],
)
def test_a_speaker_named_by_title_only_is_the_person_holding_it(paras, speaker, title):
    q = find_quotes(paras)[-1]
    assert (q.speaker, q.title) == (speaker, title)


def test_a_title_only_speaker_nobody_holds_gives_no_quote():
    assert find_quotes([(0, 0, '"It was remarkable," the company\'s chief executive said.')]) == []


def test_an_attribution_paragraph_ending_in_said_colon_gives_the_next_paragraphs_speaker():
    paras = [(0, 0, "Commenting on the results, Aldgate's Chief Executive, Simon Thackeray, said:"),
             (0, 1, '"These are the best intercepts reported from Kalinga since the 1970s."')]
    [q] = find_quotes(paras)
    assert (q.speaker, q.title) == ("Simon Thackeray", "Aldgate's Chief Executive")


def test_a_title_before_the_name_can_end_in_member_or_trustee():
    quotes = find_quotes([(0, 0, '"Shareholders benefit," said Apple Board member Ed Woolard.')])
    assert [(q.speaker, q.title) for q in quotes] == [("Ed Woolard", "Apple Board member")]


def test_a_name_with_run_together_initials_is_one_speaker():
    q = find_quotes([(0, 0, '"We settled," said David E.A. Carson, the bank\'s chairman. "It is behind us."')])[0]
    assert (q.speaker, q.title) == ("David E.A. Carson", "the bank's chairman")


@pytest.mark.parametrize(
    "text, speaker, title",
    [
        # the company the speaker is with is no title; title words before it are
        ('"We can make changes quickly," explained Chester Kenney of Excel. "It is central."', "Chester Kenney", None),
        ('"It is a milestone," said Brent Lucas CEO of Envoy Medical. "We are ready."', "Brent Lucas", "CEO of Envoy Medical"),
        # a legal suffix's period and a web name's dot belong to the title
        ('"Users stay," said James Tito, founder of eShare Technologies, Inc. "They come back."', "James Tito",
         "founder of eShare Technologies, Inc."),
        ('"No one knows it like Wendy," said Jesse Wineberry, CEO of BroadcastUrban.com. "Her work is known."', "Jesse Wineberry",
         "CEO of BroadcastUrban.com"),
        ('"Sales grew," said Jane Roe, Director of U.S. Sales.', "Jane Roe", "Director of U.S. Sales"),
        # credentials are no title
        ('"It works," said Joanna Mitri, M.D., M.S., Chief Medical Officer at Sequel.', "Joanna Mitri", "Chief Medical Officer at Sequel"),
        # a long company name before the title
        ('"We are focused," said Caterpillar Construction Industries Group President Rod Shurman. "It works."', "Rod Shurman",
         "Caterpillar Construction Industries Group President"),
        # the title first, set off by commas, after "the"
        ('\u201cWe are proud,\u201d added the Academy\u2019s Dean of Undergraduate Studies, James McKenna, Ph.D. \u201cWe celebrate.\u201d',
         "James McKenna", "Academy\u2019s Dean of Undergraduate Studies"),
        # the sentence's verb ends a title printed before the quote
        ('Dr. James Carry, chairman of the Hospital Board, welcomed the settlement and said, "It shows respect."', "Dr. James Carry",
         "chairman of the Hospital Board"),
    ],
)
def test_the_attribution_gives_the_speaker_and_title(text, speaker, title):
    q = find_quotes([(0, 0, text)])[0]
    assert (q.speaker, q.title) == (speaker, title)


def test_a_surname_resolves_to_the_full_name_whatever_verb_follows_it():
    paras = [
        (0, 0, "The Library Director Carolyn Michaud attended and accepted the award on his behalf."),
        (0, 1, "The firm hired Juan Guzman as a Partner and Faiz Vahidy as a Managing Director."),
        (0, 2, "\u201cOpen resources are central to our mission,\u201d said Michaud."),
        (0, 3, '"I look forward to contributing," Mr. Guzman commented.'),
    ]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [
        ("Carolyn Michaud", "Library Director"), ("Juan Guzman", None)]


def test_a_short_description_after_the_name_is_no_title():
    paras = [(0, 0, "Miles Murray, a Kerrville native, opened the shop."), (0, 1, '"It is home," said Murray.'),
             (0, 2, "Jianping Li, M.D., a professor and chief in the Institute of Cardiology, led the study."),
             (0, 3, '"It lowered the risk," said Li.')]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [
        ("Miles Murray", None), ("Jianping Li", "a professor and chief in the Institute of Cardiology")]


def test_the_attribution_on_the_line_under_a_quote_names_its_speaker():
    paras = [
        (0, 0, "Supporting quotes follow."),
        (0, 1, "\u201cA neutral home for the protocol lets developers invest with confidence.\u201d"),
        (0, 2, "\u2013 Swami Rao, VP of Agentic AI, Amazon Web Services"),
        (0, 3, '"Open standards are essential to the agents our customers build."'),
        (0, 4, "said Dane Knecht, Chief Technology Officer of Cloudflare."),
    ]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [
        ("Swami Rao", "VP of Agentic AI, Amazon Web Services"), ("Dane Knecht", "Chief Technology Officer of Cloudflare")]


def test_a_quotation_cited_from_an_organisation_is_no_quote():
    text = "All OER are \u201cfreely accessible text, media, and other digital assets\u201d according to Massachusetts Department of Higher Education."
    assert find_quotes([(0, 0, text)]) == []


def test_a_bold_said_line_above_the_quote_attributes_it():
    from reportgen.readers.assemble import assemble_release
    from reportgen.readers.markdown import read_markdown

    doc = ("Acme Reports Results\n\nBOSTON, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme, Inc. (Nasdaq: ACME) today reported results.\n\n"
           "**Nick Swenson, Chief Executive Officer of Acme, commented:**\n\n\"We are delighted with the quarter and its momentum.\"\n")
    release = assemble_release(read_markdown(doc))
    assert [s.heading for s in release.sections] == [None]
    assert [(q.speaker, q.title) for q in release.quotes] == [("Nick Swenson", "Chief Executive Officer of Acme")]


def test_the_title_printed_with_the_name_later_on_when_the_first_mention_has_none():
    paras = [(0, 0, "The Board today announced that Monica Alvarez, M.D., executive vice president and chief operating officer "
                    "of Cascade Regional Health, will become president."),
             (0, 1, "\u201cThis community drew me here,\u201d said Dr. Alvarez.")]
    q = find_quotes(paras, context="Harborview Names Monica Alvarez, M.D., President and Chief Executive Officer")[0]
    assert (q.speaker, q.title) == ("Dr. Monica Alvarez", "executive vice president and chief operating officer of Cascade Regional Health")


@pytest.mark.parametrize(
    "paras, speaker, title",
    [
        # the fuller mention on another line (a headline) is no part of the name
        ([(0, 0, "Acme Announces Sales Training Events"), (0, 1, "Gene Slade, CEO of Lead Ninja, will host them."),
          (0, 2, '"Join us," said Slade.')], "Gene Slade", "CEO of Lead Ninja"),
        # one name with two kinds of hyphen
        ([(0, 0, "\u201cIt is real,\u201d says April Lewis\u2011Parks, Director of Education at Consolidated Credit."),
          (0, 1, "\u201cIt is growing,\u201d says Lewis-Parks.")], "April Lewis-Parks", "Director of Education at Consolidated Credit"),
        # the generation is the name's; credentials before the title are not the title
        ([(0, 0, '"We grew," said George W. Kinne, Jr., President and CEO.')], "George W. Kinne, Jr.", "President and CEO"),
        ([(0, 0, "Ankeet Bhatt, M.D., M.B.A., Sc.M., a cardiologist at Kaiser Permanente, led the trial."),
          (0, 1, '"It helped," said Bhatt.')], "Ankeet Bhatt", "a cardiologist at Kaiser Permanente"),
        # the sentence's verb ends a title; a verb opens none
        ([(0, 0, "Petro Smith, CEO and President of Amiga Technologies officially announced the processor."),
          (0, 1, '"It is fast," said Smith.')], "Petro Smith", "CEO and President of Amiga Technologies"),
    ],
)
def test_fuller_names_and_their_titles(paras, speaker, title):
    q = find_quotes(paras)[-1]
    assert (q.speaker, q.title) == (speaker, title)


def test_a_possessive_or_a_plural_honorific_is_no_speaker():
    assert find_quotes([(0, 0, '"We will grow." Tamara\u2019s comments reflect a forward-thinking strategy.')]) == []


def test_a_sentence_opening_word_or_a_headline_word_is_no_part_of_the_name():
    paras = [
        (0, 0, "The new system will run the old software. Here Hanna Vogt has the following comments: "
               '"We keep every program our users bought," she added.'),
        (0, 1, '"It will ship in the spring," says Hanna Vogt.'),
    ]
    assert {q.speaker for q in find_quotes(paras)} == {"Hanna Vogt"}
    quotes = find_quotes([(0, 0, '"Voters want answers," Okafor said.')],
                         context="Metro News Sits Down With Daniel Okafor and Ruth Mills in a Series of Specials")
    assert quotes[0].speaker == "Daniel Okafor"


def test_a_generation_suffix_and_an_adverb_before_the_verb():
    paras = [
        (0, 0, "The movement backs the ideas of independent candidate Samuel T. Whitlock Jr.\n"),
        (0, 1, '"Sound money protects savers from inflation and from the banks," Whitlock recently remarked.'),
    ]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [("Samuel T. Whitlock Jr.", None)]


def test_a_capitalised_verb_opening_the_sentence_after_the_quote():
    text = '"We are excited to show it at the fair." Said Nora Lind, Chief Product Officer at Keelware. "It is fast."'
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Nora Lind", "Chief Product Officer at Keelware")]


def test_a_role_in_lower_case_before_the_name_and_credentials_after_it():
    paras = [
        (0, 0, '"The map guides the next trials," said study senior author Ada Brenner, MD, PhD, the J. R. Hale, MD, '
               'Professor of Surgery at the Westbrook School of Medicine.'),
        (0, 1, '"The markers warn early," said study co-lead author Piet Moller, PhD, from the Brenner Lab in the '
               'Department of Surgery.'),
    ]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [
        ("Ada Brenner", "the J. R. Hale, MD, Professor of Surgery at the Westbrook School of Medicine"),
        ("Piet Moller", "study co-lead author"),
    ]


def test_a_description_of_the_organisation_after_the_title_is_not_the_title():
    text = ('"The platform reads every plan," says Lena Hart, Senior Manager of Ostwerk Systems AG, the developer of '
            'the Planlab platform.')
    assert [(q.speaker, q.title) for q in find_quotes([(0, 0, text)])] == [("Lena Hart", "Senior Manager of Ostwerk Systems AG")]


def test_a_clause_after_the_name_is_no_title_and_one_person_keeps_the_first_full_title():
    paras = [
        (0, 0, '"The year ended well," said Tomas Reyes, Chief Executive Officer of Carbo Mining.'),
        (1, 0, "At that time, Irene Walsh, a Director since 2019, will succeed him as Chair."),
        (1, 1, 'Irene Walsh commented, "I thank the Board for its trust and look forward to the work ahead."'),
        (1, 2, '"We will be well served by her leadership," said Tomas Reyes, Chief Executive Officer.'),
    ]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [
        ("Tomas Reyes", "Chief Executive Officer of Carbo Mining"),
        ("Irene Walsh", None),
        ("Tomas Reyes", "Chief Executive Officer of Carbo Mining"),
    ]


def test_an_office_before_the_name_is_the_title():
    assert split_title_prefix("Senator Jane Okoro") == ("Jane Okoro", "Senator")


def test_a_nickname_in_quotation_marks_is_part_of_the_speakers_name_not_a_quote():
    paras = [(0, 0, 'Dr. William "Bill" Riley, Chief Executive Officer of Acme, said, "We are ready for the next '
                    'phase of the study and expect to enrol quickly."')]
    quotes = find_quotes(paras)
    assert [(q.speaker, q.text) for q in quotes] == [
        ('Dr. William "Bill" Riley', "We are ready for the next phase of the study and expect to enrol quickly.")]
    # curly marks are given back as printed, in the speaker and in the quote's span
    curly = [(0, 0, "\u201cThe data are clear and the effect is durable in every patient,\u201d said Noel \u201cGerry\u201d McElvaney, "
                    "professor of medicine.")]
    assert [q.speaker for q in find_quotes(curly)] == ["Noel \u201cGerry\u201d McElvaney"]


def test_a_speaker_named_again_by_first_name_alone_is_the_person_introduced_before():
    paras = [(0, 0, "The salon was founded by co-owners Richard Spradley and Melanie Scharton in 2019."),
             (0, 1, '"Our members asked for longer hours and we listened to every one of them," says Melanie.')]
    assert [q.speaker for q in find_quotes(paras)] == ["Melanie Scharton"]
    # two people of that first name: no guess
    paras[0] = (0, 0, "Founded by Melanie Scharton and Melanie Brooks in 2019.")
    assert [q.speaker for q in find_quotes(paras)] == ["Melanie"]


def test_a_comment_printed_without_quotation_marks_under_a_label_naming_its_speaker():
    from reportgen.readers.rules.quotes import headed_quotes
    comment = ("For yet another year the company demonstrated exceptional results; we continued to be consistent "
               "with profitability, cash flow generation and fleet growth.")
    sections = [(0, None, ["Acme today reported results for the fourth quarter."]),
                (1, "CEO Harry Vafias Commented", [comment, "More text."]),
                (2, "Results", ["CEO Manuel Stan comments", comment]),
                (3, "CEO Comments", [comment])]  # a label that names nobody
    quotes = headed_quotes(sections, [])
    assert [(q.speaker, q.title, q.source.section, q.source.paragraph, q.text) for q in quotes] == [
        ("Harry Vafias", "CEO", 1, 0, comment), ("Manuel Stan", "CEO", 2, 1, comment)]
    # a paragraph in quotation marks is left to the quote rules
    assert headed_quotes([(1, "CEO Harry Vafias Commented", ["\u201c" + comment])], []) == []


def test_a_title_with_the_company_or_a_department_in_it_before_the_name():
    assert split_title_prefix("Index Engines CMO Jim McGann") == ("Jim McGann", "Index Engines CMO")
    assert split_title_prefix("Commodore Vice President of Professional Sales Geoffrey Stilley") == (
        "Geoffrey Stilley", "Commodore Vice President of Professional Sales")
    assert split_title_prefix("Acme Officer Mary Jo Smith") == ("Mary Jo Smith", "Acme Officer")
    assert split_title_prefix("Mary Ann Smith") == ("Mary Ann Smith", None)


def test_credentials_after_the_name_do_not_open_the_title():
    paras = [(0, 0, '"The results support moving into a pivotal study next year," said Garrett Nichols, MS, Chief Medical '
                    'Officer at Candel.')]
    assert [(q.speaker, q.title) for q in find_quotes(paras)] == [("Garrett Nichols", "Chief Medical Officer at Candel")]
