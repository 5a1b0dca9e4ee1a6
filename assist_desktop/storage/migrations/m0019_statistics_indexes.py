"""Schema 19: indexes for the funder statistics on a big centre (storage/statistics_time.py).

Time recorded by funder and by activity: each index holds the live entries in the order a
report reads them (category, then date), with the woman, the minutes and the matter, so a
report sums a period's minutes for a category by reading one range of an index instead of
sorting every entry of the range (about 150,000 on a centre of 20,000 files). Time by the
matter's type: the live matters by type, each with its entries by date, read without
touching a row of either table. Matters opened and closed by type, and referrals made by
area of support: one index range a cell; matters opened by her jurisdiction: the live
matters by date, with her file's jurisdiction, in one pass. Women assessed as needing support, by area: each
cell's women counted off an index by area and date, each period's off one by date; NRM
decisions likewise, off one index per kind of decision (outcome, date).
"""

SQL = """
CREATE INDEX time_entries_stats_funder
    ON time_entries(trim(funder), worked_on, client_id, minutes, matter_id)
    WHERE deleted_at IS NULL;
CREATE INDEX time_entries_stats_activity
    ON time_entries(activity, worked_on, client_id, minutes, matter_id)
    WHERE deleted_at IS NULL;
CREATE INDEX time_entries_stats_matter
    ON time_entries(matter_id, worked_on, client_id, minutes)
    WHERE deleted_at IS NULL;
CREATE INDEX matters_stats_opened ON matters(matter_type, opened_on, client_id)
    WHERE deleted_at IS NULL;
CREATE INDEX matters_stats_closed ON matters(matter_type, closed_on, client_id)
    WHERE deleted_at IS NULL;
CREATE INDEX matters_stats_day ON matters(opened_on, client_id) WHERE deleted_at IS NULL;
CREATE INDEX referrals_stats_area ON referrals(domain, referred_on, client_id)
    WHERE deleted_at IS NULL AND status <> 'planned';
CREATE INDEX identification_stats_rg
    ON identification_records(reasonable_grounds, reasonable_grounds_on, client_id)
    WHERE deleted_at IS NULL;
CREATE INDEX identification_stats_cg
    ON identification_records(conclusive_grounds, conclusive_grounds_on, client_id)
    WHERE deleted_at IS NULL;
CREATE INDEX identification_stats_rc
    ON identification_records(reconsideration_outcome, reconsideration_decided_on, client_id)
    WHERE deleted_at IS NULL;
CREATE INDEX needs_assessments_stats_area ON needs_assessments(domain, assessed_on, client_id)
    WHERE deleted_at IS NULL AND level <> 'none';
CREATE INDEX needs_assessments_stats_day ON needs_assessments(assessed_on, client_id)
    WHERE deleted_at IS NULL AND level <> 'none';
"""
