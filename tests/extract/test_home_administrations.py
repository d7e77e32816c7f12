"""An administration named on its own ("Socialförvaltningen", "Barn- och utbildningsförvaltningen") in a text that
names one municipality is that municipality's. All people and places in the texts are invented or common."""
from snippets import facts

NEWS = ("Ny förvaltningschef i Vansbro kommun\n\n"
        "Gunnel Strandqvist blir ny chef för Barn- och utbildningsförvaltningen. Hon kommer närmast från "
        "Socialförvaltningen, där hon har varit avdelningschef sedan 2019.\n")


def test_the_administrations_of_the_one_municipality_named_are_its_own():
    found = facts(NEWS)
    assert ("Barn- och utbildningsförvaltningen", "partOf", "Vansbro kommun") in found
    assert ("Socialförvaltningen", "partOf", "Vansbro kommun") in found


def test_two_municipalities_leave_the_administration_unplaced():
    found = facts(NEWS.replace("sedan 2019.", "sedan 2019. Dessförinnan arbetade hon i Malung-Sälens kommun."))
    assert not {f for f in found if f[1] == "partOf" and f[0] == "Socialförvaltningen"}


def test_a_stated_owner_wins_over_the_texts_municipality():
    found = facts(NEWS.replace("Socialförvaltningen,", "Socialförvaltningen i Region Dalarna,"))
    assert ("Socialförvaltningen", "partOf", "Vansbro kommun") not in found


def test_a_regions_administration_in_a_text_naming_a_region_is_not_the_towns():
    found = facts("Eva Ek, Vansbro kommun, och Bo Berg, chef för Hälso- och sjukvårdsförvaltningen, "
                  "talade om samverkan med Region Dalarna.\n")
    assert not {f for f in found if f[1] == "partOf" and f[0] == "Hälso- och sjukvårdsförvaltningen"}
    assert ("Bo Berg", "leads", "Hälso- och sjukvårdsförvaltningen") in found
