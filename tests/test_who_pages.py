"""The who-did-what pages through Flask's test client: a resolution's votes, an incident's victims and
attributions, a topic's positions, their indexes, content negotiation, 404s, and a state's page in the
atlas's order. The graph is built from invented profiles (tests/data/profile/serbia.txt and
tests/data/pages/votes.txt); what each page must show is what those sentences say, written below."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from cdkg.build import build_graph
from cdkg.config import load_settings
from cdkg.ontology import load_ontology
from cdkg.server import create_app
from cdkg.store import load_graph_file

DATA = Path(__file__).resolve().parent / "data"
CDO = "https://w3id.org/cdkg/ontology#"
ID = "https://w3id.org/cdkg/id/"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# What the invented sentences say about A/73/27 (serbia.txt: "Serbia voted in favour of A/73/27";
# votes.txt: Montenegro and Moldova in favour, Georgia against).
A_73_27 = {"InFavour": {"Montenegro", "Moldova", "Serbia"}, "Against": {"Georgia"}}
DDOS = "serbia-ddos-campaign-against-government-portals"  # "A DDoS campaign against government portals in 2023"
SECTIONS = ["introduction", "resilience", "norms", "law", "cybercrime"]


def build_who_graph(folder: Path) -> Path:
    """The two invented profiles built with the project's reference data, curation and shapes."""
    sources = folder / "sources"
    sources.mkdir()
    shutil.copy(DATA / "profile" / "serbia.txt", sources)
    shutil.copy(DATA / "pages" / "votes.txt", sources)
    output = folder / "kg.ttl"
    build_graph(load_settings(environ={}, kg=str(output)), sources, output)
    return output


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_who_graph(tmp_path_factory.mktemp("who"))


@pytest.fixture(scope="module")
def client(kg: Path):  # type: ignore[no-untyped-def]
    return create_app({}, store=load_graph_file(kg)).test_client()


# --- a small HTML reader: elements with their attributes, children and text -------------------------------

@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text for c in self.children]
        return " ".join(" ".join(parts).split())

    def find_all(self, tag: str, **attrs: str) -> list[Element]:
        found = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag == tag and all(_has(child, k.rstrip("_"), v) for k, v in attrs.items()):
                    found.append(child)
                found.extend(child.find_all(tag, **attrs))
        return found

    def find(self, tag: str, **attrs: str) -> Element:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag} {attrs}>"
        return found[0]


def _has(element: Element, name: str, value: str) -> bool:
    name = name.replace("_", "-")
    if name == "class":
        return value in element.attrs.get("class", "").split()
    return element.attrs.get(name) == value


class _Reader(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr", "source"}

    def __init__(self) -> None:
        super().__init__()
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in self.VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def html_of(response) -> Element:  # type: ignore[no-untyped-def]
    assert response.mimetype == "text/html", response.get_data(as_text=True)[:300]
    reader = _Reader()
    reader.feed(response.get_data(as_text=True))
    return reader.root


def page(client, path: str) -> Element:  # type: ignore[no-untyped-def]
    response = client.get(path, headers={"Accept": BROWSER})
    assert response.status_code == 200, path
    return html_of(response)


def table_rows(table: Element) -> list[list[str]]:
    return [[cell.text for cell in row.find_all("td")] for row in table.find("tbody").find_all("tr")]


# --- a resolution ---------------------------------------------------------------------------------------------

def test_a_resolution_page_groups_the_votes_by_value_with_counts_and_quotes(client) -> None:  # type: ignore[no-untyped-def]
    doc = page(client, "/who/resolution/a-73-27")
    assert doc.find("h1").text == "A/73/27"
    groups = {table.attrs["data-vote"]: table_rows(table) for table in doc.find_all("table", class_="who")}
    assert {vote: {row[0] for row in rows} for vote, rows in groups.items()} == A_73_27
    headings = {h.attrs["id"]: h.text for h in doc.find_all("h3", class_="vote-group")}
    assert headings == {f"vote-{vote}": f"{'In favour' if vote == 'InFavour' else vote} {len(states)}"
                        for vote, states in A_73_27.items()}
    summary = doc.find("p", class_="vote-summary").text
    assert "In favour 3" in summary and "Against 1" in summary and "Abstained 0" in summary
    for vote, rows in groups.items():
        for state, year, evidence in rows:
            assert year == "2018" and state in evidence and "A/73/27" in evidence and "Cite this:" in evidence


def test_a_resolution_page_names_its_sponsor_year_and_topic(client, kg: Path) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    graph = Graph().parse(kg)
    node = URIRef(ID + "resolution/a-73-27")
    sponsor = graph.value(graph.value(node, URIRef(CDO + "sponsoredBy")), URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    topic = str(graph.value(node, URIRef(CDO + "policyTopic"))).removeprefix(CDO)
    facts = page(client, "/who/resolution/a-73-27").find("dl", class_="who-facts")
    terms = dict(zip([dt.text for dt in facts.find_all("dt")], [dd for dd in facts.find_all("dd")]))
    assert terms["Sponsor"].text == str(sponsor) and terms["Year"].text == str(graph.value(node, URIRef(CDO + "date")))[:4]
    assert terms["Topic"].find("a").attrs["href"] == f"/who/topic/{topic}"


# --- an incident ----------------------------------------------------------------------------------------------

def test_an_incident_page_says_who_was_hit_and_who_attributed_it_to_whom_jointly_with_whom(client) -> None:  # type: ignore[no-untyped-def]
    doc = page(client, f"/who/incident/{DDOS}")
    assert doc.find("h1").text == "DDoS campaign against government portals"
    facts = doc.find("dl", class_="who-facts")
    terms = dict(zip([dt.text for dt in facts.find_all("dt")], [dd.text for dd in facts.find_all("dd")]))
    assert terms["Kind"] == "DDoS" and terms["Year"] == "2023" and terms["Attributed to"].startswith("NoName057")
    victims = table_rows(doc.find("section", class_="victims").find("table"))
    assert [(row[0], row[1]) for row in victims] == [("Serbia", "2023")]
    attributions = table_rows(doc.find("section", class_="attributions").find("table"))
    assert [row[:4] for row in attributions] == [["Serbia", "NoName057", "2024", "Montenegro"]]
    assert "jointly with Montenegro" in attributions[0][4]
    answer = client.get(f"/who/incident/{DDOS}", headers={"Accept": "application/json"}).get_json()["rows"]
    joint = {row["actorLabel"]: row.get("jointlyWith", "").split() for row in answer if row["role"] == "attributed"}
    assert joint == {"Serbia": ["https://w3id.org/cdkg/id/state/montenegro"]}  # the API says it too
    assert all(not row.get("jointlyWith") for row in answer if row["role"] == "victim")


# --- a topic --------------------------------------------------------------------------------------------------

def test_a_topic_page_shows_the_scheme_definition_and_each_states_words(client) -> None:  # type: ignore[no-untyped-def]
    definition = str(load_ontology().value(URIRef(CDO + "Sovereignty"), SKOS.definition))
    doc = page(client, "/who/topic/Sovereignty")
    assert doc.find("h1").text == "Sovereignty" and doc.find("p", class_="definition").text == definition
    rows = {row[0]: row for row in table_rows(doc.find("section", class_="positions").find("table"))}
    assert set(rows) == {"Serbia", "Moldova"}  # both invented profiles argue that sovereignty applies
    for state, (_, forum, _, words) in rows.items():
        assert "Open-Ended Working Group" in forum and "sovereignty applies in cyberspace" in words


def test_a_topic_lists_the_resolutions_about_it(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/resolutions", headers={"Accept": "application/json"}).get_json()["resolutions"]
    about = sorted(r["page"] for r in listed if CDO + "CybercrimeTreaty" in r["topics"])
    assert about  # the reference data's A/74/247 is about a new cybercrime treaty
    links = page(client, "/who/topic/CybercrimeTreaty").find("section", class_="topic-resolutions").find_all("a")
    assert sorted(a.attrs["href"] for a in links) == about


# --- negotiation and errors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/who/resolution/a-73-27", f"/who/incident/{DDOS}", "/who/topic/Sovereignty"])
def test_browsers_get_the_page_and_api_clients_keep_the_json(client, path: str) -> None:  # type: ignore[no-untyped-def]
    plain = client.get(path)
    assert plain.mimetype == "application/json" and plain.get_json()["rows"]  # the answer who.py always gave
    assert "Accept" in plain.headers["Vary"]  # the same URL gives a page to browsers
    assert client.get(path, headers={"Accept": "application/json"}).get_json() == plain.get_json()
    assert client.get(path, headers={"Accept": "*/*"}).get_json() == plain.get_json()
    browser = client.get(path, headers={"Accept": BROWSER})
    assert browser.mimetype == "text/html" and "Accept" in browser.headers["Vary"]
    assert f'<{path}?format=json>; rel="alternate"' in browser.headers["Link"]
    assert client.get(path + "?format=json", headers={"Accept": BROWSER}).get_json() == plain.get_json()
    assert client.get(path + "?format=html").mimetype == "text/html"
    wrong = client.get(path + "?format=pdf")
    assert wrong.status_code == 400 and wrong.get_json()["error"]["status"] == 400


@pytest.mark.parametrize("path,index", [("/who/resolution/a-99-1", "/resolutions"), ("/who/resolution/A..B", "/resolutions"),
                                        ("/who/incident/no-such-thing", "/incidents"), ("/who/topic/Astrology", "/topics")])
def test_unknown_things_are_404_a_page_for_browsers_the_error_shape_otherwise(client, path: str, index: str) -> None:  # type: ignore[no-untyped-def]
    shown = client.get(path, headers={"Accept": BROWSER})
    assert shown.status_code == 404 and any(a.attrs.get("href") == index for a in html_of(shown).find_all("a"))
    for accept in ("application/json", "*/*"):
        answer = client.get(path, headers={"Accept": accept})
        error = answer.get_json()["error"]
        assert answer.status_code == 404 and error["status"] == 404 and error["title"] == "Not Found" and error["detail"]


def test_a_state_is_no_resolution(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/who/resolution/serbia", headers={"Accept": BROWSER}).status_code == 404


# --- the indexes ----------------------------------------------------------------------------------------------

def test_the_resolution_index_counts_the_votes_of_each_value(client) -> None:  # type: ignore[no-untyped-def]
    listed = {r["symbol"]: r for r in client.get("/resolutions", headers={"Accept": "application/json"}).get_json()["resolutions"]}
    assert listed["A/73/27"]["counts"] == {"InFavour": 3, "Against": 1, "Abstained": 0} and listed["A/73/27"]["total"] == 4
    assert listed["A/73/266"]["counts"]["Abstained"] == 1 and listed["A/74/247"]["counts"]["Against"] == 1  # serbia.txt
    for entry in listed.values():
        assert client.get(entry["page"], headers={"Accept": BROWSER}).status_code == 200
    rows = {row[0]: row for row in table_rows(page(client, "/resolutions").find("table"))}
    assert set(rows) == set(listed) and rows["A/73/27"][4:] == ["3", "1", "0", "4"]


def test_the_incident_index_lists_each_incident_with_its_victims_and_culprits(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/incidents", headers={"Accept": "application/json"}).get_json()["incidents"]
    by_year = {i["year"]: i for i in listed}
    assert sorted(by_year) == ["2021", "2022", "2023"]  # votes.txt's ransomware attack, then serbia.txt's two
    assert [v["label"] for v in by_year["2021"]["victims"]] == ["Moldova"]
    assert [v["label"] for v in by_year["2021"]["attributedTo"]] == ["Grey Finch"]
    assert by_year["2022"]["attributions"] == 0 and by_year["2023"]["kinds"] == ["DDoS"]
    links = [a.attrs["href"] for a in page(client, "/incidents").find("tbody").find_all("a") if a.attrs["href"].startswith("/who/")]
    assert sorted(links) == sorted(i["page"] for i in listed)


def test_the_topic_index_lists_every_topic_of_the_scheme_with_counts(client) -> None:  # type: ignore[no-untyped-def]
    ontology = load_ontology()
    scheme = {str(t).removeprefix(CDO) for t in ontology.objects(URIRef(CDO + "PolicyTopicScheme"), SKOS.hasTopConcept)}
    listed = {t["name"]: t for t in client.get("/topics", headers={"Accept": "application/json"}).get_json()["topics"]}
    assert set(listed) == scheme
    assert (listed["Sovereignty"]["positions"], listed["Sovereignty"]["states"]) == (2, 2)
    assert (listed["DueDiligence"]["positions"], listed["Countermeasures"]["positions"]) == (1, 0)  # Serbia only; nobody
    assert len(table_rows(page(client, "/topics").find("table"))) == len(scheme)


def test_the_navigation_leads_to_the_three_indexes(client) -> None:  # type: ignore[no-untyped-def]
    links = {a.attrs["href"] for a in page(client, "/states").find("nav").find_all("a")}
    assert {"/resolutions", "/incidents", "/topics"} <= links


# --- state pages ----------------------------------------------------------------------------------------------

def test_a_state_page_shows_the_five_parts_in_the_atlas_order(client) -> None:  # type: ignore[no-untyped-def]
    doc = page(client, "/id/state/serbia")
    titles = doc.find_all("h3", class_="section-title")
    assert [h.attrs["id"].removeprefix("section-") for h in titles] == SECTIONS  # serbia.txt has all five parts
    kinds: dict[str, list[str]] = {}
    current = ""
    for element in doc.find("section", class_="facts").children:
        if isinstance(element, Element) and element.tag == "h3":
            current = element.attrs["id"].removeprefix("section-")
        elif isinstance(element, Element) and element.tag == "h4":
            kinds.setdefault(current, []).append(element.text.rsplit(" ", 1)[0])
    assert "Candidacy" in kinds["introduction"] and "Strategy" in kinds["resilience"]
    assert {"Vote", "Alignment", "Initiative endorsement"} <= set(kinds["norms"])
    assert {"National position on international law", "Position statement"} <= set(kinds["law"])  # sovereignty, due diligence
    assert {"Convention status", "Incident claim", "Attribution"} <= set(kinds["cybercrime"])


def test_the_states_counts_follow_the_same_parts(client) -> None:  # type: ignore[no-untyped-def]
    states = client.get("/states", headers={"Accept": "application/json"}).get_json()["states"]
    serbia = next(s for s in states if s["label"] == "Serbia")
    assert set(serbia["counts"]) == set(SECTIONS)
    assert serbia["counts"]["norms"] >= 3 + 3 + 1  # three votes, three initiatives, the alignment (and the UN processes)


def test_pages_name_resolutions_incidents_and_topics_with_links_to_theirs(client) -> None:  # type: ignore[no-untyped-def]
    links = {a.attrs.get("href") for a in page(client, "/id/state/serbia").find_all("a")}
    assert {"/who/resolution/a-73-27", "/who/resolution/a-73-266", "/who/resolution/a-74-247", f"/who/incident/{DDOS}",
            "/who/topic/Sovereignty", "/who/topic/DueDiligence"} <= links
    assert any(a.attrs.get("href") == f"/who/incident/{DDOS}" for a in page(client, "/id/state/montenegro").find_all("a"))
    ontology = page(client, "/ontology").find("section", id="cdkg-more-terms")
    assert "/who/topic/Sovereignty" in {a.attrs.get("href") for a in ontology.find_all("a")}  # the term's entry
    for individual, who in ((f"/id/resolution/a-73-27", "/who/resolution/a-73-27"), (f"/id/incident/{DDOS}", f"/who/incident/{DDOS}")):
        header = page(client, individual).find("header", class_="individual-head")
        assert header.find("a", class_="who-page-link").attrs["href"] == who


# --- hostile text ---------------------------------------------------------------------------------------------

def test_labels_are_escaped_on_the_pages(tmp_path: Path) -> None:
    kg = tmp_path / "kg.ttl"
    kg.write_text("""@prefix cdo: <https://w3id.org/cdkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/cdkg/id/resolution/a-1-1> a cdo:Resolution ; rdfs:label "A/1/1" ; cdo:symbol "A/1/<b>1</b>" .
<https://w3id.org/cdkg/id/state/x> a cdo:State ; rdfs:label "<script>alert(1)</script>"@en .
<https://w3id.org/cdkg/id/claim/v> a cdo:Vote ; cdo:actor <https://w3id.org/cdkg/id/state/x> ;
    cdo:resolution <https://w3id.org/cdkg/id/resolution/a-1-1> ; cdo:vote cdo:Against .
""", encoding="utf-8")
    client = create_app({}, store=load_graph_file(kg)).test_client()
    for path in ("/who/resolution/a-1-1", "/resolutions"):
        html = client.get(path, headers={"Accept": BROWSER}).get_data(as_text=True)
        assert "<script>alert" not in html and "<b>1</b>" not in html and "A/1/&lt;b&gt;1&lt;/b&gt;" in html


@pytest.mark.parametrize("classes,topics,named,section", [
    (["Participation"], [], ["ProcessIteration"], "norms"),  # took part in the OEWG of 2019-2021
    (["Participation"], [], ["Exercise"], "resilience"),  # took part in an exercise
    (["PositionStatement"], ["Sovereignty", "VoluntaryNorms"], [], "law"),  # any international-law topic
    (["PositionStatement"], ["AttributionTopic"], [], "law"),  # attribution as a question of law, not an incident
    (["PositionStatement"], ["VoluntaryNorms"], [], "norms"),
    (["PositionStatement"], ["CybercrimeTreaty"], [], "cybercrime"),
    (["NationalPosition"], [], [], "law"),  # a policy document, but one on international law
    (["Vote"], [], [], "norms"), (["Candidacy"], [], [], "introduction"), (["ConventionStatus"], [], [], "cybercrime"),
])
def test_the_whole_profiles_claims_go_to_their_parts(classes: list[str], topics: list[str], named: list[str],
                                                     section: str) -> None:
    from cdkg.server.sections import section_of

    assert section_of([CDO + c for c in classes], [CDO + t for t in topics], [CDO + n for n in named]) == section


def test_an_attribution_made_alone_names_nobody_it_was_made_with(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/incidents", headers={"Accept": "application/json"}).get_json()["incidents"]
    moldovan = next(i["page"] for i in listed if i["year"] == "2021")  # votes.txt: "Moldova attributed the attack to…"
    rows = table_rows(page(client, moldovan).find("section", class_="attributions").find("table"))
    assert [row[:4] for row in rows] == [["Moldova", "Grey Finch", "2022", ""]]


@pytest.mark.parametrize("path", ["/who/resolution/a-73-27%3E%20%3Cx%3E", "/who/incident/" + "a" * 400,
                                  "/who/topic/Sovereignty%22", "/who/resolution/%E2%80%AE", "/who/topic/sovereignty",
                                  "/resolutions?format=%00", "/who/incident/x?format=html&format=json"])
@pytest.mark.parametrize("accept", [BROWSER, "application/json", "", "image/png"])
def test_hostile_addresses_get_deliberate_answers(client, path: str, accept: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code in (200, 400, 404), (path, accept, response.status_code)
    if response.mimetype == "application/json" and response.status_code >= 400:
        assert response.get_json()["error"]["status"] == response.status_code
