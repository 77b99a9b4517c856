-- A follow-up supervision (giám sát lại) checks how a recommendation was carried out: it names the recommendation.
alter table sv_supervision add column follows_recommendation_id uuid;
alter table sv_supervision add constraint sv_supervision_follows foreign key (tenant_id, follows_recommendation_id)
    references sv_recommendation (tenant_id, id);
create index sv_supervision_follows_idx on sv_supervision (tenant_id, follows_recommendation_id)
    where follows_recommendation_id is not null;
