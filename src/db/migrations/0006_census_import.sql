ALTER TABLE "children" DROP CONSTRAINT "children_ref_check";--> statement-breakpoint
ALTER TABLE "cp_conferences" DROP CONSTRAINT "cp_conferences_weekend_check";--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD COLUMN "imported" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_ref_check" CHECK ("children"."child_ref" ~ '^[A-Za-z0-9]{1,20}$');--> statement-breakpoint
ALTER TABLE "cp_conferences" ADD CONSTRAINT "cp_conferences_weekend_check" CHECK ("cp_conferences"."kind" <> 'ICPC' or "cp_conferences"."imported" or extract(isodow from "cp_conferences"."held_on") < 6);