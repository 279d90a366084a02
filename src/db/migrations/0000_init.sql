CREATE TABLE "calendar_days" (
	"day" text PRIMARY KEY NOT NULL,
	"is_working_day" boolean NOT NULL,
	"working_day_index" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"sid" text PRIMARY KEY NOT NULL,
	"data" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"service" text NOT NULL,
	"caseload_threshold" integer DEFAULT 18 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"team_id" uuid,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('social_worker', 'personal_adviser', 'front_door', 'team_manager', 'iro', 'service_manager', 'dcs', 'qa_officer', 'performance_analyst', 'data_protection', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "break_glass" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"line1" text NOT NULL,
	"town" text,
	"postcode" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_ref" text NOT NULL,
	"upn" text,
	"upn_unknown_reason" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"other_names" text,
	"date_of_birth" date,
	"expected_date_of_birth" date,
	"sex" text NOT NULL,
	"ethnicity" text NOT NULL,
	"disability" text DEFAULT 'NONE' NOT NULL,
	"religion" text,
	"first_language" text,
	"restricted" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "children_child_ref_unique" UNIQUE("child_ref"),
	CONSTRAINT "children_sex_check" CHECK ("children"."sex" in ('M', 'F', 'U')),
	CONSTRAINT "children_ethnicity_check" CHECK ("children"."ethnicity" in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
	CONSTRAINT "children_disability_check" CHECK ("children"."disability" in ('NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA')),
	CONSTRAINT "children_upn_reason_check" CHECK ("children"."upn_unknown_reason" in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')),
	CONSTRAINT "children_ref_check" CHECK ("children"."child_ref" ~ '^[A-Za-z0-9]{10}$'),
	CONSTRAINT "children_birth_check" CHECK ("children"."date_of_birth" is not null or "children"."expected_date_of_birth" is not null)
);
--> statement-breakpoint
CREATE TABLE "key_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"organisation" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "key_people_kind_check" CHECK ("key_people"."kind" in ('FAMILY', 'PROFESSIONAL', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "restricted_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"granted_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"referral_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"reason" text NOT NULL,
	"allocated_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cin_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"closure_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cin_episodes_dates_check" CHECK ("cin_episodes"."end_date" is null or "cin_episodes"."end_date" >= "cin_episodes"."start_date")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"presenting_concerns" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"screening_worker_id" uuid NOT NULL,
	"decision_due_on" date NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"oversight_note" text,
	"oversight_by" uuid,
	"oversight_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contacts_source_check" CHECK ("contacts"."source" in ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10')),
	CONSTRAINT "contacts_decision_check" CHECK ("contacts"."decision" in ('NFA', 'INFO_ADVICE', 'EARLY_HELP', 'REFERRAL', 'STRATEGY')),
	CONSTRAINT "contacts_recorded_after_received" CHECK ("contacts"."recorded_at" >= "contacts"."received_at")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"contact_id" uuid,
	"cin_episode_id" uuid NOT NULL,
	"referral_date" date NOT NULL,
	"source" text NOT NULL,
	"primary_need" text,
	"is_re_referral" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_source_check" CHECK ("referrals"."source" in ('1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10')),
	CONSTRAINT "referrals_need_check" CHECK ("referrals"."primary_need" in ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0'))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"kind" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"child_id" uuid,
	"changes" jsonb,
	"detail" jsonb
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass" ADD CONSTRAINT "break_glass_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass" ADD CONSTRAINT "break_glass_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_addresses" ADD CONSTRAINT "child_addresses_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_people" ADD CONSTRAINT "key_people_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restricted_access" ADD CONSTRAINT "restricted_access_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restricted_access" ADD CONSTRAINT "restricted_access_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restricted_access" ADD CONSTRAINT "restricted_access_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cin_episodes" ADD CONSTRAINT "cin_episodes_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_screening_worker_id_users_id_fk" FOREIGN KEY ("screening_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_oversight_by_users_id_fk" FOREIGN KEY ("oversight_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_cin_episode_id_cin_episodes_id_fk" FOREIGN KEY ("cin_episode_id") REFERENCES "public"."cin_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_team_idx" ON "users" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "break_glass_child_user_idx" ON "break_glass" USING btree ("child_id","user_id");--> statement-breakpoint
CREATE INDEX "child_addresses_child_idx" ON "child_addresses" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "children_last_name_idx" ON "children" USING btree (lower("last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "children_first_name_idx" ON "children" USING btree (lower("first_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "children_dob_idx" ON "children" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "children_upn_idx" ON "children" USING btree ("upn");--> statement-breakpoint
CREATE INDEX "key_people_child_idx" ON "key_people" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "restricted_access_child_user_idx" ON "restricted_access" USING btree ("child_id","user_id");--> statement-breakpoint
CREATE INDEX "allocations_live_worker_idx" ON "allocations" USING btree ("worker_id") WHERE "allocations"."end_date" is null;--> statement-breakpoint
CREATE INDEX "allocations_live_team_idx" ON "allocations" USING btree ("team_id","child_id") WHERE "allocations"."end_date" is null;--> statement-breakpoint
CREATE INDEX "allocations_child_idx" ON "allocations" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "cin_episodes_child_idx" ON "cin_episodes" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "contacts_child_idx" ON "contacts" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "contacts_open_idx" ON "contacts" USING btree ("decision_due_on") WHERE "contacts"."decision" is null;--> statement-breakpoint
CREATE INDEX "contacts_received_idx" ON "contacts" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "referrals_child_date_idx" ON "referrals" USING btree ("child_id","referral_date");--> statement-breakpoint
CREATE INDEX "referrals_date_idx" ON "referrals" USING btree ("referral_date");--> statement-breakpoint
CREATE INDEX "audit_child_idx" ON "audit_events" USING btree ("child_id","at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_events" USING btree ("actor_id","at");